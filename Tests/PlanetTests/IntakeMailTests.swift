import Foundation
import PlanetFiles
@testable import PlanetIntake
import Testing

extension IntakeServiceTests {
    /// Mail from the real binary to an SMTP server on loopback (aiosmtpd): a moderator's digest, a reader told of
    /// publication and of the first reply, one-click unsubscription (RFC 8058), the reader's address nowhere but in
    /// the intake's state and gone after its last notice; and kills while mail goes out: nothing delivered or sent
    /// twice.
    @Suite struct IntakeMailTests {
        static func site(smtpPort: UInt16) -> String {
            IntakeAbuseTests.site.replacingOccurrences(of: "-- planet.yaml --\n", with: """
                -- planet.yaml --
                mail:
                  from: planete@example.org
                  from_name: Planète Test
                  smtp: smtp://127.0.0.1:\(smtpPort)

                """)
        }

        struct Setup {
            var folder: URL
            var site: URL { folder.appendingPathComponent("site") }
            var spool: URL { folder.appendingPathComponent("spool") }
            let sink: SMTPSink

            init() throws {
                sink = try SMTPSink()
                folder = try Run.temporaryFolder("planet-intake-mail")
                try Run.write(Fixtures.withMinimalSite(IntakeMailTests.site(smtpPort: sink.port)), to: site)
            }

            func mails(to address: String) throws -> [SMTPSink.Received] {
                try sink.received().filter { $0.to == [address] }
            }
        }

        static func comment(_ message: String, name: String, notify: String = "", replyTo: String = "") -> [(String, String)] {
            [("post", "alice/bonjour"), ("name", name), ("message", message), ("answer", "7"), ("notify", notify), ("reply_to", replyTo),
             ("planet_trap", "")]
        }

        static func approve(_ message: String, in spool: Spool) throws {
            try spool.decide(.approve, on: try IntakePrivacyTests.pending(message, in: spool), by: "claire")
        }

        @Test func readersAndModeratorsAreToldAndTheAddressLeavesNoTrace() async throws {
            let setup = try Setup()
            defer { try? FileManager.default.removeItem(at: setup.folder) }
            let added = try Run.planet(["intake", "moderator", "add", "claire", setup.site.path, "--spool", setup.spool.path,
                                        "--email", "moderatrice@example.org", "--url", "https://commentaires.example.org"])
            #expect(added.status == 0, "\(added.stderr)")
            let intake = try await IntakeProcess.start(site: setup.site, spool: setup.spool, arguments: [
                "--deliver", "directory", "--digest-minutes", "0.02", "--refresh", "0.5", "--rate-per-address", "100",
            ])
            defer { intake.stop() }
            let spool = try Spool(folder: setup.spool.path)
            let julie = "julie.r@example.net", zoe = "zoe@example.net"

            // A comment with an address: the moderator's digest tells it; nothing for the reader yet.
            let first = RawHTTP.post(port: intake.port, Self.comment("Premier message de Julie.", name: "Julie R.", notify: julie))
            #expect(first?.status == 303, "\(first?.body ?? "")")
            #expect(await IntakeProcess.wait(timeout: 20) { (try? setup.mails(to: "moderatrice@example.org").count) == 1 }, "\(intake.output)")
            let digest = try SMTPSink.parse(try #require(setup.mails(to: "moderatrice@example.org").first).file)
            #expect(digest.headers["Subject"] == "1 commentaire(s) à modérer")
            #expect(digest.parts.contains { $0.type == "text/plain" && $0.text.contains("Premier message de Julie.")
                && $0.text.contains("https://commentaires.example.org/moderate?post=alice/bonjour") })
            #expect(try setup.mails(to: julie).isEmpty)

            // Approved and delivered: Julie is told, with a one-click unsubscribe link.
            try Self.approve("Premier message de Julie.", in: spool)
            #expect(await IntakeProcess.wait(timeout: 20) { (try? setup.mails(to: julie).count) == 1 }, "\(intake.output)")
            let published = try SMTPSink.parse(try #require(setup.mails(to: julie).first).file)
            #expect(published.headers["Subject"] == "Votre commentaire sur « Bonjour » est publié")
            #expect(published.headers["List-Unsubscribe"]?.hasPrefix("<https://commentaires.example.org/unsubscribe/") == true)
            #expect(published.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click")
            #expect(published.parts.map(\.type) == ["text/plain", "text/html"])
            #expect(!published.parts[1].text.contains("<img") && !published.parts[1].text.contains("<script"))
            let julieID = try #require(FileManager.default.contentsOfDirectory(atPath: setup.site.appendingPathComponent("comments/alice/bonjour").path)
                .first { $0.hasSuffix("-julie-r.md") }.map { String($0.dropLast(3)) })

            // A reply to her comment, once the service knows it is published: Julie is told, and her address is gone.
            #expect(await IntakeProcess.wait(timeout: 20) {
                RawHTTP.post(port: intake.port, Self.comment("Réponse de Bob.", name: "Bob", replyTo: julieID))?.status == 303
            })
            try Self.approve("Réponse de Bob.", in: spool)
            #expect(await IntakeProcess.wait(timeout: 20) { (try? setup.mails(to: julie).count) == 2 }, "\(intake.output)")
            let reply = try SMTPSink.parse(try setup.mails(to: julie)[1].file)
            #expect(reply.headers["Subject"] == "Une réponse à votre commentaire sur « Bonjour »")
            #expect(reply.parts[0].text.contains("Bob a répondu"))

            // Zoé unsubscribes with one click from her notice.
            #expect(RawHTTP.post(port: intake.port, Self.comment("Le message de Zoé.", name: "Zoé", notify: zoe))?.status == 303)
            try Self.approve("Le message de Zoé.", in: spool)
            #expect(await IntakeProcess.wait(timeout: 20) { (try? setup.mails(to: zoe).count) == 1 }, "\(intake.output)")
            let notice = try SMTPSink.parse(try setup.mails(to: zoe)[0].file)
            let link = try #require(notice.headers["List-Unsubscribe"]?.firstMatch(of: #/<https://commentaires\.example\.org(/unsubscribe/[0-9a-f]{64})>/#))
            let page = RawHTTP.request(port: intake.port, method: "GET", path: String(link.1), contentType: nil)
            #expect(page?.status == 200 && page?.body.contains("Effacer mon adresse") == true)
            #expect(try Run.tree(setup.spool).values.contains { String(decoding: $0, as: UTF8.self).contains(zoe) }, "a GET deletes nothing")
            let oneClick = RawHTTP.request(port: intake.port, path: String(link.1), body: Data("List-Unsubscribe=One-Click".utf8))
            #expect(oneClick?.status == 200)

            // The addresses are nowhere now: not in the site folder, the spool, the log or the built site.
            try await Task.sleep(nanoseconds: 2_500_000_000)
            let output = setup.folder.appendingPathComponent("public")
            #expect(try Run.planet(["build", setup.site.path, "--output", output.path, "--quiet"]).status == 0)
            for (name, tree) in [("site folder", try Run.tree(setup.site)), ("spool", try Run.tree(setup.spool)), ("built site", try Run.tree(output))] {
                for address in [julie, zoe] {
                    #expect(!tree.values.contains { String(decoding: $0, as: UTF8.self).contains(address) }, "\(address) in the \(name)")
                }
            }
            #expect(!intake.output.contains(julie) && !intake.output.contains(zoe) && !intake.output.contains("moderatrice@"))
            // No pending comment was told to the moderator twice (one decided before the next digest is not told).
            let digests = try setup.mails(to: "moderatrice@example.org").map { try SMTPSink.parse($0.file).parts[0].text }
            for message in ["Premier message de Julie.", "Réponse de Bob.", "Le message de Zoé."] {
                #expect(digests.filter { $0.contains(message) }.count <= 1, "\(message)")
            }
            #expect(try setup.sink.received().count == 3 + digests.count)
        }

        @Test func anAddressIsDeletedThirtyDaysAfterItWasGiven() throws {
            let folder = try Run.temporaryFolder("planet-intake-expiry")
            defer { try? FileManager.default.removeItem(at: folder) }
            let spool = try Spool(folder: folder.path)
            let subscriptions = Subscriptions(spool: spool)
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            let comment = SpooledComment(postAuthorID: "alice", postSlug: "bonjour", id: "2027-01-15T08-00-00-julie")
            try subscriptions.add("julie@example.net", for: comment, now: now)
            #expect(subscriptions.expire(now: now.addingTimeInterval(29 * 24 * 3600)) == 0)
            #expect(subscriptions.subscription(of: comment)?.address == "julie@example.net")
            #expect((try? FileManager.default.attributesOfItem(atPath: spool.markerPath("subscription", for: comment)))?[.posixPermissions] as? Int == 0o600)
            #expect(subscriptions.expire(now: now.addingTimeInterval(30 * 24 * 3600)) == 1)
            #expect(try !Run.tree(folder).values.contains { String(decoding: $0, as: UTF8.self).contains("julie@example.net") })
            // The unsubscribe token is the comment's, and no other's.
            try subscriptions.add("julie@example.net", for: comment, now: now)
            #expect(!subscriptions.unsubscribe(token: String(repeating: "0", count: 64)))
            #expect(subscriptions.unsubscribe(token: subscriptions.token(for: comment)))
            #expect(subscriptions.subscription(of: comment) == nil)
        }
    }
}
