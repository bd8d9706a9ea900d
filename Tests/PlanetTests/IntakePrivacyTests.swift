import Foundation
import PlanetFiles
@testable import PlanetIntake
import Testing

extension IntakeServiceTests {
    /// Pending comments stay on the intake's host, on the real binary with a real bare remote: only an approved
    /// comment reaches git or the forge (every object of the remote searched), a refused or withdrawn one is purged,
    /// spam waits in `spam/`; the reader's private link edits, withdraws and asks for removal.
    @Suite struct IntakePrivacyTests {
        typealias Remote = IntakeDeliveryTests.Remote

        static func comment(_ message: String, name: String = "Julie R.") -> [(String, String)] {
            [("post", "alice/bonjour"), ("name", name), ("message", message), ("answer", "7"), ("planet_trap", "")]
        }

        /// Posts `message` and returns the reader's link (the 303's path).
        static func send(_ message: String, to intake: IntakeProcess, name: String = "Julie R.") throws -> String {
            let answer = try #require(RawHTTP.post(port: intake.port, comment(message, name: name)))
            try #require(answer.status == 303 && ReaderLinkLocation.matches(answer.header("Location")), "\(answer.status) \(answer.body)")
            return answer.header("Location")!
        }

        /// The pending comment whose message is `message`.
        static func pending(_ message: String, in spool: Spool) throws -> SpooledComment {
            try #require(spool.pending().first { (try? spool.text(of: $0)).map { String(decoding: $0, as: UTF8.self).contains(message) } == true })
        }

        static func act(_ link: String, _ fields: [(String, String)], port: UInt16) -> RawHTTP.Response? {
            RawHTTP.request(port: port, path: link, body: RawHTTP.form(fields))
        }

        /// Every object of the bare repository, contents included.
        static func allObjects(_ remote: Remote) throws -> String {
            try Git.run(remote.bare, ["cat-file", "--batch-all-objects", "--batch"]).stdout
        }

        @Test func onlyTheApprovedCommentEverReachesTheRemoteOrTheForge() async throws {
            let remote = try Remote()
            defer { try? FileManager.default.removeItem(at: remote.folder) }
            let forge = try FakeForge(kind: .github, slowAnswer: 0.2)
            defer { forge.stop() }
            let intake = try await IntakeProcess.start(site: remote.clone, spool: remote.spool, arguments: [
                "--deliver", "git", "--approved-to", "request", "--forge", "github", "--forge-api", forge.api, "--forge-timeout", "1",
                "--token-env", "INTAKE_TEST_TOKEN", "--retry-base", "0.2", "--retry-max", "0.5", "--refresh", "0.5", "--rate-per-address", "100",
            ], environment: ["INTAKE_TEST_TOKEN": "secret-token"])
            defer { intake.stop() }
            let marker = UUID().uuidString
            let texts = ["approved", "refused", "withdrawn", "spam"].map { "Texte \($0) \(marker)" }
            var links: [String] = []
            for (index, text) in texts.enumerated() { links.append(try Self.send(text, to: intake, name: "Lectrice \(index)")) }

            // Pending for a while (several delivery rounds and refreshes): nothing leaves.
            try await Task.sleep(nanoseconds: 1_500_000_000)
            #expect(try remote.commentBranches().isEmpty)
            #expect(!(try Self.allObjects(remote)).contains(marker))
            #expect(forge.requests.isEmpty)

            let withdrawn = Self.act(links[2], [("action", "withdraw")], port: intake.port)
            #expect(withdrawn?.status == 200)
            let spool = try Spool(folder: remote.spool.path)
            try spool.decide(.approve, on: try Self.pending(texts[0], in: spool), by: "claire")
            try spool.decide(.refuse, on: try Self.pending(texts[1], in: spool), by: "claire")
            try spool.decide(.spam, on: try Self.pending(texts[3], in: spool), by: "claire")

            #expect(await IntakeProcess.wait(timeout: 30) { spool.approved().isEmpty && forge.openedRequests.count == 1 }, "\(intake.output)")
            try await Task.sleep(nanoseconds: 1_000_000_000)
            let objects = try Self.allObjects(remote)
            #expect(objects.contains(texts[0]))
            for text in texts.dropFirst() { #expect(!objects.contains(text), "\(text) reached the remote") }
            #expect(try remote.commentBranches().count == 1)
            let opened = try #require(forge.openedRequests.first)
            #expect(opened["body"]?.contains("approved by the moderator claire") == true)
            let forgeBodies = forge.requests.map { String(decoding: $0.body, as: UTF8.self) + $0.path + $0.query.description }.joined()
            for name in ["Lectrice 1", "Lectrice 2", "Lectrice 3", "lectrice-1", "lectrice-2", "lectrice-3"] {
                #expect(!forgeBodies.contains(name))
            }

            // In the spool: the refused and withdrawn texts are gone, the spam waits, nothing pending.
            let spoolFiles = try Run.tree(remote.spool)
            let spoolText = spoolFiles.values.map { String(decoding: $0, as: UTF8.self) }.joined()
            #expect(!spoolText.contains(texts[1]) && !spoolText.contains(texts[2]))
            #expect(spool.spam().count == 1 && spool.pending().isEmpty)
            #expect(spoolFiles.keys.contains { $0.hasPrefix("spam/comments/alice/bonjour/") })
            // The refused text sent again is taken as received already, and not kept again.
            let again = RawHTTP.post(port: intake.port, Self.comment(texts[1], name: "Autre"))
            #expect(again?.status == 303 && again?.header("Location") == "https://planete.example.org/alice/bonjour/#comment-already-received")
            #expect(spool.pending().isEmpty)
            #expect(!intake.output.contains(marker) && !intake.output.contains("Lectrice"))
        }

        @Test func anApprovedCommentIsCommittedOnMainAndItsLinkAsksForRemoval() async throws {
            let remote = try Remote()
            defer { try? FileManager.default.removeItem(at: remote.folder) }
            let intake = try await IntakeProcess.start(site: remote.clone, spool: remote.spool, arguments: [
                "--deliver", "git", "--retry-base", "0.2", "--retry-max", "0.5", "--committer-name", "Planète Intake",
            ])
            defer { intake.stop() }
            let link = try Self.send("Un commentaire **approuvé**.", to: intake)
            let spool = try Spool(folder: remote.spool.path)
            let comment = try Self.pending("approuvé", in: spool)
            #expect(Self.act(link, [("action", "remove")], port: intake.port)?.status == 303, "no removal while pending")
            #expect(spool.removalRequests().isEmpty)
            try spool.decide(.approve, on: comment, by: "claire")
            #expect(await IntakeProcess.wait(timeout: 30) { spool.approved().isEmpty }, "\(intake.output)")
            #expect(try remote.commentBranches().isEmpty)
            let work = remote.folder.appendingPathComponent("work")
            try Git.run(remote.folder, ["clone", "-q", remote.bare.path, work.path])
            #expect(try Git.run(work, ["diff", "--name-status", "HEAD~1", "HEAD"]).stdout == "A\t\(comment.path)\n")
            #expect(try Git.run(work, ["log", "-1", "--format=%an|%b"]).stdout.contains("Planète Intake|Received by planet intake; approved by claire."))
            let text = try String(contentsOf: work.appendingPathComponent(comment.path), encoding: .utf8)
            #expect(!text.contains("status:") && text.hasSuffix("---\nUn commentaire **approuvé**.\n"))

            let page = try #require(RawHTTP.request(port: intake.port, method: "GET", path: link, contentType: nil))
            #expect(page.status == 200 && page.body.contains("Votre commentaire est publié"), "\(page.body)")
            #expect(page.body.contains("#comment-\(comment.id)"))
            #expect(Self.act(link, [("action", "remove")], port: intake.port)?.status == 303)
            #expect(spool.removalRequests() == [comment])
            let after = try #require(RawHTTP.request(port: intake.port, method: "GET", path: link, contentType: nil))
            #expect(after.body.contains("Retrait demandé"))
        }

        @Test func theReadersLinkEditsAndWithdrawsItsOwnCommentOnly() async throws {
            let folder = try Run.temporaryFolder("planet-intake-link")
            defer { try? FileManager.default.removeItem(at: folder) }
            let site = folder.appendingPathComponent("site"), spoolFolder = folder.appendingPathComponent("spool")
            try Run.write(Fixtures.withMinimalSite(IntakeAbuseTests.site), to: site)
            let intake = try await IntakeProcess.start(site: site, spool: spoolFolder, arguments: ["--deliver", "directory", "--rate-per-address", "100"])
            defer { intake.stop() }
            let mine = try Self.send("Premier jet, avec une fote.", to: intake)
            let theirs = try Self.send("Le commentaire de quelqu’un d’autre.", to: intake, name: "Bob")
            let spool = try Spool(folder: spoolFolder.path)

            let page = try #require(RawHTTP.request(port: intake.port, method: "GET", path: mine, contentType: nil))
            #expect(page.status == 200 && page.body.contains("Premier jet, avec une fote.</textarea>"), "\(page.body)")
            #expect(page.header("Referrer-Policy") == "same-origin" && page.body.contains(#"<meta name="referrer" content="same-origin">"#))
            #expect(!page.body.contains("quelqu’un d’autre"))

            let edited = Self.act(mine, [("action", "edit"), ("message", "Premier jet, sans faute.")], port: intake.port)
            #expect(edited?.status == 303 && edited?.header("Location") == mine + "?saved")
            #expect(try String(decoding: spool.text(of: Self.pending("sans faute", in: spool)), as: UTF8.self).hasSuffix("---\nPremier jet, sans faute.\n"))
            let empty = Self.act(mine, [("action", "edit"), ("message", "  ")], port: intake.port)
            #expect(empty?.status == 422)

            // A link that is not one, or a guessed one, leads nowhere.
            let forged = "/comment/" + String(repeating: "A", count: 43)
            #expect(RawHTTP.request(port: intake.port, method: "GET", path: forged, contentType: nil)?.status == 404)
            #expect(Self.act(forged, [("action", "withdraw")], port: intake.port)?.status == 404)
            #expect(spool.pending().count == 2)

            let withdrawn = Self.act(mine, [("action", "withdraw")], port: intake.port)
            #expect(withdrawn?.status == 200 && withdrawn?.body.contains("Commentaire retiré") == true)
            #expect(spool.pending().count == 1)
            #expect(try !Run.tree(spoolFolder).values.contains { String(decoding: $0, as: UTF8.self).contains("sans faute") })
            #expect(RawHTTP.request(port: intake.port, method: "GET", path: mine, contentType: nil)?.status == 404)
            #expect(RawHTTP.request(port: intake.port, method: "GET", path: theirs, contentType: nil)?.status == 200)
            // The links' tokens are secrets: the log has `/comment/*`.
            #expect(intake.output.contains("GET /comment/* 200"))
            for link in [mine, theirs] { #expect(!intake.output.contains(String(link.dropFirst("/comment/".count)))) }
            // Approved in the view (here, on the spool), the other comment lands in the site folder.
            try spool.decide(.approve, on: try Self.pending("quelqu’un", in: spool), by: "claire")
            #expect(await IntakeProcess.wait(timeout: 20) {
                (try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("comments/alice/bonjour").path))?
                    .contains { $0.hasSuffix("-bob.md") } == true
            }, "\(intake.output)")
        }

        @Test func anApprovedCommentWhoseNameIsTakenInTheSiteIsRenamedNeverOverwritten() async throws {
            let folder = try Run.temporaryFolder("planet-intake-taken")
            defer { try? FileManager.default.removeItem(at: folder) }
            let site = folder.appendingPathComponent("site"), spoolFolder = folder.appendingPathComponent("spool")
            try Run.write(Fixtures.withMinimalSite(IntakeAbuseTests.site), to: site)
            let spool = try Spool(folder: spoolFolder.path)
            let comment = try spool.write(AcceptedComment(
                postAuthorID: "alice", postSlug: "bonjour", name: "Bob", website: nil, message: "Le second Bob.", replyTo: nil,
                date: Date(timeIntervalSince1970: 1_709_632_800), messageHash: 0), takenIDs: [])
            #expect(comment.id == "2024-03-05T10-00-00-bob")
            let links = try ReaderLinks(spool: spool)
            let token = try links.issue(for: comment, now: Date())
            try Subscriptions(spool: spool).add("bob@example.net", for: comment, now: Date())
            try spool.decide(.approve, on: comment, by: "claire")
            let intake = try await IntakeProcess.start(site: site, spool: spoolFolder, arguments: ["--deliver", "directory"])
            defer { intake.stop() }
            let renamed = site.appendingPathComponent("comments/alice/bonjour/2024-03-05T10-00-00-bob-2.md")
            #expect(await IntakeProcess.wait(timeout: 20) { FileManager.default.fileExists(atPath: renamed.path) }, "\(intake.output)")
            #expect(try String(contentsOf: renamed, encoding: .utf8).hasSuffix("---\nLe second Bob.\n"))
            // The reader's link and address follow the comment to its new name.
            #expect(await IntakeProcess.wait(timeout: 20) { links.record(token: token)?.state == .published }, "\(intake.output)")
            #expect(links.record(token: token)?.id == "2024-03-05T10-00-00-bob-2")
            let renamedComment = SpooledComment(postAuthorID: "alice", postSlug: "bonjour", id: "2024-03-05T10-00-00-bob-2")
            #expect(Subscriptions(spool: spool).subscription(of: renamedComment)?.address == "bob@example.net")
            #expect(Subscriptions(spool: spool).subscription(of: comment) == nil)
            #expect(try String(contentsOf: site.appendingPathComponent("comments/alice/bonjour/2024-03-05T10-00-00-bob.md"), encoding: .utf8)
                .contains("Premier"))
        }

        @Test func spamIsPurgedAfterThirtyDaysAndNotBefore() throws {
            let folder = try Run.temporaryFolder("planet-intake-spam")
            defer { try? FileManager.default.removeItem(at: folder) }
            let spool = try Spool(folder: folder.path)
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            for (name, age) in [("old", 31.0), ("recent", 29.0)] {
                let comment = try spool.write(AcceptedComment(
                    postAuthorID: "alice", postSlug: "bonjour", name: name, website: nil, message: "Achetez \(name)", replyTo: nil,
                    date: now, messageHash: 0), takenIDs: [])
                try spool.decide(.spam, on: comment, by: "claire")
                try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-age * 24 * 3600)],
                                                      ofItemAtPath: "\(folder.path)/spam/\(comment.path)")
            }
            #expect(spool.purgeSpam(now: now) == 1)
            #expect(spool.spam().map(\.id) == [CommentFile.stem(name: "recent", date: now)])
            #expect((try? FileManager.default.attributesOfItem(atPath: folder.path + "/.state/key"))?[.posixPermissions] as? Int == 0o600)
        }
    }
}
