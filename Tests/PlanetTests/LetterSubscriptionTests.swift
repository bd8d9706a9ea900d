import Foundation
import Testing

/// The weekly letter's subscribers, through the real intake and an SMTP server on loopback (aiosmtpd): the form,
/// the origin check, double opt-in by the mailed link (a GET confirms nothing), `planet letter --send` to the
/// confirmed addresses only, once, one-click unsubscription (RFC 8058), and no address anywhere but the spool.
@Suite struct LetterSubscriptionTests {
    static let intake = "https://commentaires.example.org"

    @Test func subscribeConfirmReceiveUnsubscribe() async throws {
        let sink = try SMTPSink()
        let folder = try Run.temporaryFolder("planet-letter-subscribers")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site"), spool = folder.appendingPathComponent("spool")
        var files = try LetterTests.files(language: "fr")
        var config = String(decoding: files["planet.yaml"]!, as: UTF8.self)
        config = config.replacingOccurrences(of: "  from_name: Planète Lettre\n", with: "  from_name: Planète Lettre\n  smtp: smtp://127.0.0.1:\(sink.port)\n")
            .replacingOccurrences(of: "letter:\n  list: soignants@listes.example.org\n", with: "comments:\n  intake: \(Self.intake)\n")
        files["planet.yaml"] = Data(config.utf8)
        try Run.write(files, to: site)
        let intake = try await IntakeProcess.start(site: site, spool: spool, arguments: ["--deliver", "directory", "--rate-per-address", "100"])
        defer { intake.stop() }
        let readers = ["ana@lecteurs.example.net", "ben@lecteurs.example.net", "cleo@lecteurs.example.net"]

        let form = RawHTTP.request(port: intake.port, method: "GET", path: "/letter/subscribe", contentType: nil)
        #expect(form?.status == 200 && form?.body.contains("name=\"address\"") == true && form?.body.contains("<script") == false)
        let elsewhere = RawHTTP.request(port: intake.port, path: "/letter/subscribe", body: RawHTTP.form([("address", readers[0])]),
                                        headers: ["Origin": "https://ailleurs.example"])
        #expect(elsewhere?.status == 403)
        #expect(RawHTTP.request(port: intake.port, path: "/letter/subscribe", body: RawHTTP.form([("address", "pas une adresse")]))?.status == 422)
        for reader in readers {
            let sent = RawHTTP.request(port: intake.port, path: "/letter/subscribe", body: RawHTTP.form([("address", reader)]),
                                       headers: ["Origin": Self.intake])
            #expect(sent?.status == 200, "\(sent?.body ?? "")")
        }
        #expect(await IntakeProcess.wait(timeout: 30) { (try? sink.received().count) == 3 }, "\(intake.output)")

        // Ana and Ben open their link, then press its button; Cléo never does.
        for reader in readers.prefix(2) {
            let mail = try #require(try sink.received().first { $0.to == [reader] })
            let text = try SMTPSink.parse(mail.file).parts[0].text
            let link = String(try #require(text.firstMatch(of: #/https://commentaires\.example\.org(/letter/confirm\?s=[A-Za-z0-9_-]{43}&t=[0-9a-f]{64})/#)).1)
            let page = RawHTTP.request(port: intake.port, method: "GET", path: link, contentType: nil)
            #expect(page?.status == 200 && page?.body.contains("Confirmer") == true)
            let confirmed = RawHTTP.request(port: intake.port, path: link, body: Data(), headers: ["Origin": Self.intake])
            #expect(confirmed?.status == 200 && confirmed?.body.contains("Abonnement confirmé") == true, "\(confirmed?.body ?? "")")
        }
        let forged = RawHTTP.request(port: intake.port, path: "/letter/confirm?s=\(String(repeating: "a", count: 43))&t=00", body: Data())
        #expect(forged?.status == 404)

        let arguments = ["letter", site.path, "--week", "2024-W10", "--send", "--spool", spool.path]
        let send = try Run.planet(arguments)
        #expect(send.status == 0, "\(send.stderr)")
        let again = try Run.planet(arguments)
        #expect(again.status == 0 && again.stdout.contains("nothing to send"))
        let letters = try sink.received().dropFirst(3)
        #expect(letters.map(\.to).sorted { $0[0] < $1[0] } == [[readers[0]], [readers[1]]])

        // Ana unsubscribes with one click from her letter; the next week's letter goes to Ben only.
        let ana = try SMTPSink.parse(try #require(letters.first { $0.to == [readers[0]] }).file)
        let unsubscribe = String(try #require(ana.headers["List-Unsubscribe"]?.firstMatch(of: #/<https://commentaires\.example\.org(/letter/unsubscribe\?[^>]+)>/#)).1)
        let button = RawHTTP.request(port: intake.port, method: "GET", path: unsubscribe, contentType: nil)
        #expect(button?.status == 200 && button?.body.contains("Me désabonner") == true)
        let oneClick = RawHTTP.request(port: intake.port, path: unsubscribe, body: Data("List-Unsubscribe=One-Click".utf8))
        #expect(oneClick?.status == 200)
        let next = try Run.planet(["letter", site.path, "--week", "2024-W08", "--send", "--spool", spool.path])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try sink.received().dropFirst(5).map(\.to) == [[readers[1]]])

        // The addresses: in the spool's subscribers only; never in the site folder, the built site or a log.
        let output = folder.appendingPathComponent("public")
        #expect(try Run.planet(["build", site.path, "--output", output.path, "--quiet"]).status == 0)
        for (name, tree) in [("site folder", try Run.tree(site)), ("built site", try Run.tree(output))] {
            for reader in readers {
                #expect(!tree.values.contains { String(decoding: $0, as: UTF8.self).contains(reader) }, "\(reader) in the \(name)")
            }
        }
        for (path, data) in try Run.tree(spool) where readers.contains(where: { String(decoding: data, as: UTF8.self).contains($0) }) {
            #expect(path.hasPrefix(".state/letter/subscribers/"), "an address in \(path)")
        }
        for text in [intake.output, send.stdout, send.stderr, next.stdout, next.stderr] {
            #expect(!readers.contains { text.contains($0) })
        }
    }
}
