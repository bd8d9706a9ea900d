import Foundation
import Testing

extension IntakeServiceTests {
    /// `POST /comments` on the real binary takes forms from the site's pages and the service's own only: an
    /// `Origin` (or, without one, a `Referer`) of another site, or `Origin: null`, is refused with 403 and nothing
    /// is kept; a request with neither is a client without a browser, and is taken. Webmentions come from other
    /// sites by nature, and are not concerned.
    @Suite struct IntakeOriginTests {
        @Test func formsPostedFromAnotherSiteAreRefused() async throws {
            let service = try await IntakeAbuseTests.Service(["--rate-per-address", "1000", "--rate-global", "10000"])
            defer { service.stop() }
            let port = service.intake.port
            let cases: [([String: String], Int)] = [
                (["Origin": "https://ailleurs.example"], 403),
                (["Origin": "null"], 403),
                (["Origin": "https://planete.example.org.ailleurs.example"], 403),
                (["Origin": "http://planete.example.org"], 403),
                (["Origin": "https://planete.example.org:8443"], 403),
                (["Referer": "https://ailleurs.example/page?x=1"], 403),
                (["Referer": "pas une adresse"], 403),
                (["Origin": "https://ailleurs.example", "Referer": "https://planete.example.org/alice/bonjour/"], 403),
                (["Origin": "https://planete.example.org"], 303),
                (["Origin": "HTTPS://Planete.Example.ORG"], 303),
                (["Origin": "https://commentaires.example.org"], 303),
                (["Referer": "https://planete.example.org/alice/bonjour/"], 303),
                (["Referer": "https://commentaires.example.org/comments"], 303),
                (["Origin": "https://planete.example.org", "Referer": "https://ailleurs.example/"], 303),
                ([:], 303),
            ]
            var accepted = 0
            for (index, (headers, status)) in cases.enumerated() {
                let response = RawHTTP.request(
                    port: port, body: RawHTTP.form(IntakeAbuseTests.fields(["message": "Message numéro \(index)."])), headers: headers)
                #expect(response?.status == status, "\(headers): \(response.map { "\($0.status)" } ?? "no answer")")
                if status == 403 {
                    #expect(response?.body.contains("un autre site") == true, "\(headers)")
                    #expect(response?.header("Content-Type") == "text/html; charset=utf-8")
                }
                if status == 303 { accepted += 1 }
            }
            #expect(try service.spoolFiles().count == accepted)

            // The pages the service answers with send the origin on, as the site's pages do, so that the form
            // they give back can be sent again.
            let mistake = RawHTTP.post(port: port, IntakeAbuseTests.fields(["answer": "6"]))
            #expect(mistake?.status == 422)
            #expect(mistake?.header("Referrer-Policy") == "same-origin")

            let mention = RawHTTP.request(
                port: port, path: "/webmention",
                body: RawHTTP.form([("source", "https://ailleurs.example/billet"), ("target", "https://planete.example.org/alice/bonjour/")]),
                headers: ["Origin": "https://ailleurs.example"])
            #expect(mention?.status == 202)
        }
    }
}
