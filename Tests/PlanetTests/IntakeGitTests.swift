import Foundation
@testable import PlanetIntake
import Testing

extension IntakeServiceTests {
    /// The clone behind `planet intake` on the real binary: git commands have a deadline, a post pushed a moment
    /// ago takes comments at once in every delivery mode, and a `main` with a broken file is read without it;
    /// `/healthz` says what is wrong meanwhile.
    @Suite struct IntakeGitTests {
        typealias Remote = IntakeDeliveryTests.Remote

        static func health(_ intake: IntakeProcess) -> RawHTTP.Response? {
            RawHTTP.request(port: intake.port, method: "GET", path: "/healthz")
        }

        /// A member's push to the remote: the files written (or replaced) in a clone of its own, committed.
        static func push(_ remote: Remote, _ files: [String: String]) throws {
            let work = remote.folder.appendingPathComponent("member-\(UUID().uuidString)")
            try Git.run(remote.folder, ["clone", "-q", remote.bare.path, work.path])
            try Run.write(files.mapValues { Data($0.utf8) }, to: work)
            try Git.commitAll(work, "Du nouveau", date: "2024-03-08T12:00:00Z")
            try Git.run(work, ["push", "-q", "origin", "HEAD:main"])
        }

        static let newPost = ["authors/alice/posts/2024-03-08-nouveau.md": "---\ntitle: Nouveau\ndate: 2024-03-08\n---\nTout neuf.\n"]

        static func comment(on post: String) -> [(String, String)] {
            [("post", post), ("name", "Julie R."), ("message", "Bienvenue à ce billet !"), ("email", "")]
        }

        @Test func aRemoteThatNeverAnswersIsCutOffAndHealthSaysSo() async throws {
            let remote = try Remote()
            defer { try? FileManager.default.removeItem(at: remote.folder) }
            let silent = try SilentServer()
            defer { silent.stop() }
            try Git.run(remote.clone, ["remote", "set-url", "origin", "http://127.0.0.1:\(silent.port)/depot.git"])
            let intake = try await IntakeProcess.start(site: remote.clone, spool: remote.spool, arguments: [
                "--deliver", "git", "--git-timeout", "2", "--refresh", "1", "--retry-base", "0.2", "--retry-max", "0.5",
            ])
            defer { intake.stop() }
            let degraded = await IntakeProcess.wait(timeout: 20) { Self.health(intake)?.status == 503 }
            #expect(degraded, "\(intake.output)")
            let answer = Self.health(intake)
            #expect(answer?.body.hasPrefix("degraded: git pull timed out after 2 s") == true, "\(answer?.body ?? "")")
            #expect(intake.output.contains("git pull timed out after 2 s"), "\(intake.output)")
            #expect(silent.counts.accepted > 0)

            // The remote is back: the next pull succeeds, and every connection of the killed commands is closed.
            try Git.run(remote.clone, ["remote", "set-url", "origin", remote.bare.path])
            let healthy = await IntakeProcess.wait(timeout: 20) { Self.health(intake).map { $0.status == 200 && $0.body == "ok\n" } ?? false }
            #expect(healthy, "\(intake.output)")
            #expect(await IntakeProcess.wait(timeout: 10) { silent.counts.open == 0 }, "git and its helpers were killed: \(silent.counts)")
        }

        @Test(arguments: ["directory", "pending-branches"])
        func aPostPushedAMomentAgoTakesCommentsAtOnce(delivery: String) async throws {
            let remote = try Remote()
            defer { try? FileManager.default.removeItem(at: remote.folder) }
            let intake = try await IntakeProcess.start(site: remote.clone, spool: remote.spool, arguments: [
                "--deliver", delivery, "--refresh", "3600", "--retry-base", "0.2", "--retry-max", "0.5",
            ])
            defer { intake.stop() }
            // The pull at start is over.
            try await Task.sleep(nanoseconds: 1_000_000_000)
            try Self.push(remote, Self.newPost)
            let response = RawHTTP.post(port: intake.port, Self.comment(on: "alice/nouveau"))
            #expect(response?.status == 303, "\(response.map { "\($0.status) \($0.body.prefix(300))" } ?? "no answer") \(intake.output)")
            #expect(ReaderLinkLocation.matches(response?.header("Location")))
            if delivery == "directory" {
                #expect(remote.spooled().count == 1 && remote.spooled().allSatisfy { $0.hasPrefix("comments/alice/nouveau/") })
            } else {
                let delivered = await IntakeProcess.wait(timeout: 20) {
                    (try? remote.commentBranches())?.contains { $0.hasPrefix("comments/alice/nouveau/") } == true
                }
                #expect(delivered, "\(intake.output)")
            }
            // A post that does not exist is still refused, and its name does not pull again at once.
            #expect(RawHTTP.post(port: intake.port, Self.comment(on: "alice/jamais"))?.status == 404)
        }

        /// `--deliver git`: replies that `planet fetch` pushed, pending, are taken into the moderation queue; a
        /// decision replaces their file on main (approved: published; a removal approved: removed), and a reply
        /// decided is not taken again.
        @Test func repliesFromElsewhereAreDecidedOnMain() async throws {
            let remote = try Remote()
            defer { try? FileManager.default.removeItem(at: remote.folder) }
            func reply(_ number: Int, _ text: String, upstream: Bool = false) -> (SpooledComment, String) {
                let comment = SpooledComment(postAuthorID: "alice", postSlug: "bonjour", id: "2025-03-01T10-0\(number)-00-mastodon-\(number)")
                return (comment, "---\nauthor: \"Alice\"\ndate: 2025-03-01T10:0\(number):00Z\nkind: reply\n"
                    + "source: \"https://piaille.example/@alice/\(number)\"\nnetwork: mastodon\nhandle: \"@alice@piaille.example\"\n"
                    + (upstream ? "upstream: deleted\n" : "") + "status: pending\n---\n\(text)\n")
            }
            let (published, publishedText) = reply(1, "À publier.")
            let (removed, removedText) = reply(2, "Supprimée là-bas.", upstream: true)
            try Self.push(remote, [published.path: publishedText, removed.path: removedText])
            let intake = try await IntakeProcess.start(site: remote.clone, spool: remote.spool, arguments: [
                "--deliver", "git", "--refresh", "1", "--retry-base", "0.2", "--retry-max", "0.5",
            ])
            defer { intake.stop() }
            let spool = try Spool(folder: remote.spool.path)
            #expect(await IntakeProcess.wait(timeout: 20) { Set(spool.pending()) == [published, removed] }, "\(intake.output)")
            try spool.decide(.approve, on: published, by: "claire")
            try spool.decide(.approve, on: removed, by: "claire")
            let onMain = { (path: String) in try? Git.run(remote.bare, ["show", "main:\(path)"]) }
            let delivered = await IntakeProcess.wait(timeout: 30) {
                onMain(published.path)?.stdout == publishedText.replacingOccurrences(of: "status: pending\n", with: "")
                    && onMain(removed.path)?.status != 0
            }
            #expect(delivered, "\(intake.output)")
            let log = try Git.run(remote.bare, ["log", "-2", "--format=%B", "main"]).stdout
            #expect(log.contains("Reply moderated in planet intake by claire."), "\(log)")
            try await Task.sleep(nanoseconds: 2_500_000_000)
            #expect(spool.pending().isEmpty && spool.approved().isEmpty, "decided replies are not taken again: \(spool.pending())")
        }

        @Test func aBrokenFileOnMainIsLeftOutAndHealthNamesIt() async throws {
            let remote = try Remote()
            defer { try? FileManager.default.removeItem(at: remote.folder) }
            let intake = try await IntakeProcess.start(site: remote.clone, spool: remote.spool, arguments: [
                "--deliver", "git", "--refresh", "1", "--retry-base", "0.2", "--retry-max", "0.5",
            ])
            defer { intake.stop() }
            #expect(Self.health(intake)?.body == "ok\n")
            let broken = "comments/alice/bonjour/2024-03-05T10-00-00-bob.md", brokenPost = "authors/alice/posts/2024-03-09-casse.md"
            try Self.push(remote, Self.newPost.merging([
                broken: "---\nauthor: [Bob\ndate: 2024-03-05T10:00:00Z\n---\nUn secret.\n",
                brokenPost: "---\ntitle: Cassé\ndate: le neuf mars\n---\nUn autre secret.\n",
            ]) { $1 })
            let degraded = await IntakeProcess.wait(timeout: 20) { Self.health(intake)?.status == 503 }
            #expect(degraded, "\(intake.output)")
            let answer = try #require(Self.health(intake))
            #expect(answer.body.hasPrefix("degraded: ") && answer.body.contains(broken) && answer.body.contains(brokenPost), "\(answer.body)")
            #expect(!answer.body.contains("secret"))
            let response = RawHTTP.post(port: intake.port, Self.comment(on: "alice/nouveau"))
            #expect(response?.status == 303, "\(response.map { "\($0.status) \($0.body.prefix(300))" } ?? "no answer") \(intake.output)")
            #expect(intake.output.contains(broken) && intake.output.contains(brokenPost))
            #expect(!intake.output.contains("secret"))
        }
    }
}
