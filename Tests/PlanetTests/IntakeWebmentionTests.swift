import Foundation
import Testing

extension IntakeServiceTests {
    /// `POST /webmention` on the real binary: answered 202 at once, then the source is fetched and, since it
    /// links to the post, a pending mention is spooled beside the comments, for delivery like them.
    @Suite struct IntakeWebmentionTests {
        @Test func aWebmentionWhoseSourceLinksIsSpooledAsAPendingMention() async throws {
            let server = try FeedServer(routes: ["/reponse": { _, _ in FeedServer.body("""
                <!doctype html><html><head><title>Le carnet de Léa</title></head><body>
                <article class="h-entry"><h1 class="p-name">À propos de bonjour</h1>
                <div class="e-content"><p>Je réponds à <a href="https://planete.example.org/alice/bonjour/">Alice</a>.</p></div>
                </article></body></html>
                """, type: "text/html; charset=utf-8") }])
            defer { server.stop() }
            let service = try await IntakeAbuseTests.Service(["--allow-private-sources"])
            defer { service.stop() }
            let answer = RawHTTP.request(
                port: service.intake.port, path: "/webmention",
                body: RawHTTP.form([("source", server.url("/reponse")), ("target", "https://planete.example.org/alice/bonjour/")]))
            #expect(answer?.status == 202)
            let folder = service.spool.appendingPathComponent("comments/alice/bonjour").path
            let spooled = await IntakeProcess.wait(timeout: 20) {
                ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
            }
            #expect(spooled, "no mention spooled: \(service.intake.output)")
            let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".md") && !$0.hasPrefix(".") })
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            #expect(text.contains("kind: mention\nsource: \"\(server.url("/reponse"))\"\ntitle: \"À propos de bonjour\"\nstatus: pending\n"))
        }

        /// A target of this site that is no post open to comments is refused before any answer (W3C Webmention
        /// 3.2.1), with the reason, and nothing is queued.
        @Test func aTargetThatIsNoPostIsRefusedAtOnce() async throws {
            let service = try await IntakeAbuseTests.Service(["--allow-private-sources"])
            defer { service.stop() }
            for target in ["https://planete.example.org/tags/", "https://planete.example.org/alice/inconnu/",
                           "https://planete.example.org/alice/ferme/"] {
                let answer = RawHTTP.request(
                    port: service.intake.port, path: "/webmention",
                    body: RawHTTP.form([("source", "https://blog.example.net/reponse"), ("target", target)]))
                #expect(answer?.status == 400, "\(target)")
                #expect(answer?.body.contains("target is not a post of this site that takes comments") == true, "\(target)")
            }
            let queued = (try? FileManager.default.contentsOfDirectory(atPath: service.spool.appendingPathComponent("webmentions").path)) ?? []
            #expect(queued.filter { !$0.hasPrefix(".") }.isEmpty, "\(queued)")
        }

        @Test func aSourceOnALoopbackAddressIsNeverFetchedWithoutTheTestSwitch() async throws {
            let server = try FeedServer(routes: ["/reponse": { _, _ in FeedServer.body(
                "<p><a href=\"https://planete.example.org/alice/bonjour/\">Alice</a></p>", type: "text/html") }])
            defer { server.stop() }
            let service = try await IntakeAbuseTests.Service()
            defer { service.stop() }
            let answer = RawHTTP.request(
                port: service.intake.port, path: "/webmention",
                body: RawHTTP.form([("source", server.url("/reponse")), ("target", "https://planete.example.org/alice/bonjour/")]))
            #expect(answer?.status == 202)
            let refused = await IntakeProcess.wait(timeout: 20) { service.intake.output.contains("127.0.0.1") && service.intake.output.contains("refused") }
            #expect(refused, "\(service.intake.output)")
            #expect(!FileManager.default.fileExists(atPath: service.spool.appendingPathComponent("comments/alice/bonjour").path))
        }
    }
}
