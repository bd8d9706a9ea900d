import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import PlanetIntake
import Testing

extension IntakeServiceTests {
    /// `planet intake` on the real binary against hostile clients: each hostile request gets a 4xx and nothing
    /// is written, honeypot posts get the success redirect and nothing is kept, slow clients are cut off without
    /// holding the service, rate limits answer 429, and a SIGKILL in a burst loses no comment that got its 303.
    @Suite struct IntakeAbuseTests {
        static let site = """
            -- planet.yaml --
            title: Planète Test
            base_url: https://planete.example.org
            language: fr
            timezone: Europe/Paris
            comments:
              intake: https://commentaires.example.org
              question: Combien de jours compte une semaine ?
              answer: [7, sept]
            -- authors/alice/posts/2024-03-02-ferme.md --
            ---
            title: Fermé
            date: 2024-03-02
            comments: false
            ---
            Pas de commentaires ici.
            -- comments/alice/bonjour/2024-03-05T10-00-00-bob.md --
            ---
            author: Bob
            date: 2024-03-05T10:00:00Z
            ---
            Premier !
            -- comments/alice/bonjour/2024-03-06T10-00-00-eve.md --
            ---
            author: Eve
            date: 2024-03-06T10:00:00Z
            status: pending
            ---
            En attente.

            """

        struct Service {
            var folder: URL
            var intake: IntakeProcess
            var spool: URL { folder.appendingPathComponent("spool") }

            init(_ arguments: [String] = []) async throws {
                folder = try Run.temporaryFolder("planet-intake")
                try Run.write(Fixtures.withMinimalSite(IntakeAbuseTests.site), to: folder.appendingPathComponent("site"))
                intake = try await IntakeProcess.start(
                    site: folder.appendingPathComponent("site"), spool: folder.appendingPathComponent("spool"),
                    arguments: ["--deliver", "directory"] + arguments)
            }

            /// Every file the spool holds, temporary ones included.
            func spoolFiles() throws -> [String] {
                try Run.tree(spool).keys.filter { $0.hasPrefix("comments/") }.sorted()
            }

            func stop() {
                intake.stop()
                try? FileManager.default.removeItem(at: folder)
            }
        }

        static func fields(_ changes: [String: String] = [:]) -> [(String, String)] {
            var fields = ["post": "alice/bonjour", "name": "Julie R.", "website": "", "message": "Merci !", "reply_to": "", "answer": "sept", "planet_trap": ""]
            fields.merge(changes) { $1 }
            return fields.sorted { $0.key < $1.key }
        }

        @Test func hostileRequestsGetA4xxAndNothingIsWritten() async throws {
            let service = try await Service(["--rate-per-address", "1000", "--rate-global", "10000"])
            defer { service.stop() }
            let port = service.intake.port
            var cases: [(String, RawHTTP.Response?, Int)] = [
                ("oversized body", RawHTTP.request(port: port, body: RawHTTP.form(Self.fields(["message": String(repeating: "a", count: 300_000)]))), 413),
                ("oversized, chunked", Self.chunked(port: port, size: 400_000), 413),
                ("invalid UTF-8", RawHTTP.request(port: port, body: Data("post=alice%2Fbonjour&name=%FF%FE&message=x&answer=7".utf8)), 400),
                ("raw invalid UTF-8", RawHTTP.request(port: port, body: Data("post=alice%2Fbonjour&answer=7&message=".utf8) + Data([0xC3, 0x28])), 400),
                ("bad escape", RawHTTP.request(port: port, body: Data("post=alice%2Fbonjour&message=%zz".utf8)), 400),
                ("not a form", RawHTTP.request(port: port, body: Data(#"{"post":"alice/bonjour"}"#.utf8), contentType: "application/json"), 415),
                ("GET", RawHTTP.request(port: port, method: "GET"), 405),
                ("unknown route", RawHTTP.request(port: port, method: "GET", path: "/../../etc/passwd"), 404),
                ("forged reply_to", RawHTTP.post(port: port, Self.fields(["reply_to": "2024-03-06T10-00-00-eve"])), 422),
                ("unknown reply_to", RawHTTP.post(port: port, Self.fields(["reply_to": "2099-01-01T00-00-00-x"])), 422),
                ("unknown post", RawHTTP.post(port: port, Self.fields(["post": "alice/inconnu"])), 404),
                ("unknown member", RawHTTP.post(port: port, Self.fields(["post": "mallory/bonjour"])), 404),
                ("closed post", RawHTTP.post(port: port, Self.fields(["post": "alice/ferme"])), 403),
                ("YAML in a name", RawHTTP.post(port: port, Self.fields(["name": "x\nstatus: published\nmember: alice"])), 400),
                ("front matter in a name", RawHTTP.post(port: port, Self.fields(["name": "x\r\n---\r\n<script>"])), 400),
                ("wrong answer", RawHTTP.post(port: port, Self.fields(["answer": "6"])), 422),
                ("empty name", RawHTTP.post(port: port, Self.fields(["name": " "])), 422),
                ("javascript website", RawHTTP.post(port: port, Self.fields(["website": "javascript:alert(1)"])), 422),
                ("repeated field", RawHTTP.request(port: port, body: RawHTTP.form(Self.fields() + [("post", "alice/ferme")])), 400),
                ("webmention elsewhere", RawHTTP.request(port: port, path: "/webmention",
                                                         body: RawHTTP.form([("source", "https://a.example/"), ("target", "https://b.example/")])), 400),
            ]
            for post in ["../../../etc/passwd", "alice/../../x", "alice/bonjour/../../x", "alice%2F..%2Fbonjour", "/alice/bonjour"] {
                cases.append(("traversal in post: \(post)", RawHTTP.post(port: port, Self.fields(["post": post])), 400))
            }
            for reply in ["../../../etc/passwd", "../bob", "2024-03-05T10-00-00-bob/../x", ".."] {
                cases.append(("traversal in reply_to: \(reply)", RawHTTP.post(port: port, Self.fields(["reply_to": reply])), 400))
            }
            for (name, response, status) in cases {
                #expect(response?.status == status, "\(name): \(response.map { "\($0.status) \($0.body.prefix(200))" } ?? "no answer")")
            }
            let page = try #require(cases.first { $0.0 == "wrong answer" }?.1)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            #expect(page.body.contains("La réponse à la question n’est pas celle attendue."))
            #expect(page.body.contains("\nMerci !</textarea>"))
            #expect(try service.spoolFiles().isEmpty)
            #expect(RawHTTP.request(port: port, method: "GET", path: "/healthz")?.status == 200)
            #expect(!service.intake.output.contains(" 500 "))
            #expect(!service.intake.output.contains("Merci"), "no message text in the log")
            #expect(service.intake.output.contains("127.0.0.0/24 POST /comments 413"))
        }

        /// A chunked body of `size` bytes, sent whole.
        static func chunked(port: UInt16, size: Int) -> RawHTTP.Response? {
            guard let descriptor = RawHTTP.connect(port: port) else { return nil }
            defer { close(descriptor) }
            let head = "POST /comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
            RawHTTP.write(descriptor, Data(head.utf8))
            let chunk = Data((String(4096, radix: 16) + "\r\n" + String(repeating: "a", count: 4096) + "\r\n").utf8)
            for _ in 0..<(size / 4096) where RawHTTP.write(descriptor, chunk) {}
            RawHTTP.write(descriptor, Data("0\r\n\r\n".utf8))
            return RawHTTP.readResponse(descriptor)
        }

        @Test func honeypotPostsAreRedirectedAndForgotten() async throws {
            let service = try await Service()
            defer { service.stop() }
            let port = service.intake.port
            let (statuses, locations) = await offPool {
                var statuses: [Int: Int] = [:]
                var locations = Set<String>()
                for index in 0..<1000 {
                    let response = RawHTTP.post(port: port, Self.fields(["planet_trap": "bot\(index)@spam.example", "message": "Achetez \(index)"]))
                    statuses[response?.status ?? 0, default: 0] += 1
                    locations.insert(response?.header("Location") ?? "")
                }
                return (statuses, locations)
            }
            #expect(statuses == [303: 1000])
            #expect(locations == ["https://planete.example.org/alice/bonjour/#comment-received"])
            #expect(try service.spoolFiles().isEmpty)
            // The honeypot spent no rate-limit token: a person from the same address still gets through.
            #expect(RawHTTP.post(port: service.intake.port, Self.fields())?.status == 303)
            #expect(try service.spoolFiles().count == 1)
        }

        @Test func rateLimitsAreRefusedAndDuplicatesAlreadyReceived() async throws {
            let service = try await Service(["--rate-per-address", "3"])
            defer { service.stop() }
            let statuses = (0..<5).map { RawHTTP.post(port: service.intake.port, Self.fields(["message": "Message \($0)"]))?.status }
            #expect(statuses == [303, 303, 303, 429, 429])
            #expect(try service.spoolFiles().count == 3)
            let again = try await Service()
            defer { again.stop() }
            #expect(RawHTTP.post(port: again.intake.port, Self.fields(["message": "Le même texte."]))?.status == 303)
            let twice = RawHTTP.post(port: again.intake.port, Self.fields(["message": "le  même TEXTE."]))
            #expect(twice?.status == 303, "the same text again is a success for the reader")
            #expect(twice?.header("Location") == "https://planete.example.org/alice/bonjour/#comment-already-received")
            #expect(try again.spoolFiles().count == 1)
        }

        @Test func slowClientsAreCutOffWithoutHoldingTheService() async throws {
            let service = try await Service(["--idle-timeout", "1", "--connection-lifetime", "3"])
            defer { service.stop() }
            let port = service.intake.port
            // Forty clients: half send part of a request and wait, half trickle a byte every 0.3 s.
            let descriptors = (0..<40).compactMap { _ in RawHTTP.connect(port: port, timeout: 8) }
            #expect(descriptors.count == 40)
            defer { for descriptor in descriptors { close(descriptor) } }
            for descriptor in descriptors { RawHTTP.write(descriptor, Data("POST /comments HTTP/1.1\r\nHost: x\r\n".utf8)) }
            // The test gives up on a connection after 20 s; the service's lifetime for one is a few seconds.
            let givingUp = Date().addingTimeInterval(20)
            let closedByService = Locked<Int>(0)
            let group = DispatchGroup()
            for (index, descriptor) in descriptors.enumerated() {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    if index.isMultiple(of: 2) {
                        while Date() < givingUp, RawHTTP.write(descriptor, Data("X".utf8)) {
                            Thread.sleep(forTimeInterval: 0.3)
                        }
                    }
                    var byte: UInt8 = 0
                    while Date() < givingUp {
                        let received = recv(descriptor, &byte, 1, Int32(MSG_DONTWAIT))
                        if received == 0 || (received < 0 && errno == ECONNRESET) {
                            closedByService.withLock { $0 += 1 }
                            return
                        }
                        Thread.sleep(forTimeInterval: 0.05)
                    }
                }
            }
            // Meanwhile a reader's comment goes through.
            #expect(RawHTTP.post(port: port, Self.fields())?.status == 303)
            await offPool { group.wait() }
            #expect(closedByService.withLock { $0 } == 40, "every slow connection was closed by the service")
            #expect(try service.spoolFiles().count == 1)
        }

        @Test func aKillDuringABurstLosesNoCommentThatGotItsRedirect() async throws {
            let folder = try Run.temporaryFolder("planet-intake-kill")
            defer { try? FileManager.default.removeItem(at: folder) }
            let site = folder.appendingPathComponent("site"), spool = folder.appendingPathComponent("spool")
            try Run.write(Fixtures.withMinimalSite(Self.site), to: site)
            let arguments = ["--deliver", "directory", "--rate-per-address", "100000", "--rate-global", "100000"]
            var redirected = Set<String>()
            for round in 0..<3 {
                let intake = try await IntakeProcess.start(site: site, spool: spool, arguments: arguments)
                let accepted = Locked<[String]>([])
                let killed = Locked(false)
                let group = DispatchGroup()
                for client in 0..<2 {
                    group.enter()
                    Thread.detachNewThread {
                        defer { group.leave() }
                        var index = 0
                        var afterKill = 0
                        // Until the kill, and a few requests after it (which must fail).
                        while afterKill < 3 {
                            if killed.withLock({ $0 }) { afterKill += 1 }
                            let message = "Round \(round), client \(client), message \(index)."
                            index += 1
                            if RawHTTP.post(port: intake.port, Self.fields(["message": message, "name": "Client \(client)"]))?.status == 303 {
                                accepted.withLock { $0.append(message) }
                            }
                        }
                    }
                }
                // The kill lands in the burst: after 10, 30 or 50 comments were accepted.
                #expect(await IntakeProcess.wait(timeout: 20) { accepted.withLock { $0.count } >= 10 + 20 * round }, "\(intake.output.suffix(1000))")
                intake.kill()
                killed.withLock { $0 = true }
                await offPool { group.wait() }
                redirected.formUnion(accepted.withLock { $0 })
            }
            let restarted = try await IntakeProcess.start(site: site, spool: spool, arguments: arguments)
            defer { restarted.stop() }
            let waiting = try Spool(folder: spool.path).pending().count
            #expect(restarted.output.contains("\(waiting) comment(s) waiting"))
            #expect(waiting >= redirected.count)
            var kept = Set<String>()
            for (path, data) in try Run.tree(spool) {
                // The spool's key, the readers' links and their records are the only other files.
                if path.hasPrefix("readers/") || path.hasPrefix(".state/") { continue }
                #expect(path.hasPrefix("comments/alice/bonjour/"), "\(path): no temporary file is left")
                let text = String(decoding: data, as: UTF8.self)
                #expect(text.hasPrefix("---\nauthor: \"Client ") && text.contains("\nstatus: pending\n---\n") && text.hasSuffix(".\n"), "\(path): \(text)")
                kept.insert(String(text.split(separator: "\n").last ?? ""))
            }
            #expect(redirected.isSubset(of: kept), "lost: \(redirected.subtracting(kept).sorted())")
        }
    }
}
