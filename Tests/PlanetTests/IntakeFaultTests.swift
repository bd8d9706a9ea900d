import Foundation
import PlanetFiles
@testable import PlanetIntake
import Testing

extension IntakeServiceTests {
    /// Kills (SIGKILL) of the real binary while moderators approve comments in the moderation view and while their
    /// readers' notices go out, with a real bare remote and an SMTP server on loopback: every approved comment is
    /// on `main` exactly once, and no reader gets a notice twice.
    @Suite struct IntakeFaultTests {
        static let texts = (0..<12).map { "Commentaire numéro \($0) à approuver." }

        @Test func killsDuringModerationAndMailLoseNothingAndRepeatNothing() async throws {
            let sink = try SMTPSink()
            let folder = try Run.temporaryFolder("planet-intake-faults")
            defer { try? FileManager.default.removeItem(at: folder) }
            let seed = folder.appendingPathComponent("seed"), bare = folder.appendingPathComponent("remote.git")
            let clone = folder.appendingPathComponent("clone"), spoolFolder = folder.appendingPathComponent("spool")
            try Run.write(Fixtures.withMinimalSite(IntakeMailTests.site(smtpPort: sink.port)), to: seed)
            try Git.run(seed, ["init", "-q", "-b", "main"])
            try Git.commitAll(seed, "Le site", date: "2024-03-06T12:00:00Z")
            try Git.run(folder, ["clone", "-q", "--bare", seed.path, bare.path])
            try Git.run(folder, ["clone", "-q", bare.path, clone.path])

            // Twelve comments wait, each reader asking to be told.
            let spool = try Spool(folder: spoolFolder.path)
            var ids: [String] = []
            for (index, text) in Self.texts.enumerated() {
                let comment = try spool.write(AcceptedComment(
                    postAuthorID: "alice", postSlug: "bonjour", name: "Lecteur \(index)", website: nil, message: text, replyTo: nil,
                    date: Date(timeIntervalSince1970: 1_800_000_000 + Double(index)), messageHash: 0), takenIDs: [])
                try Subscriptions(spool: spool).add("lecteur\(index)@example.net", for: comment, now: Date())
                ids.append(comment.id)
            }
            let added = try Run.planet(["intake", "moderator", "add", "claire", clone.path, "--spool", spoolFolder.path])
            let code = String(try #require(added.stdout.firstMatch(of: #/moderate/sign-in/([A-Za-z0-9_-]{43})/#)).1)
            let arguments = ["--deliver", "git", "--retry-base", "0.1", "--retry-max", "0.3", "--rate-per-address", "1000"]
            var intake = try await IntakeProcess.start(site: clone, spool: spoolFolder, arguments: arguments)
            let origin = ["Origin": "https://commentaires.example.org"]
            let signedIn = RawHTTP.request(port: intake.port, path: "/moderate/sign-in", body: RawHTTP.form([("code", code)]), headers: origin)
            let session = String(try #require(signedIn?.header("Set-Cookie")?.firstMatch(of: #/planet_moderator=([A-Za-z0-9_-]{43})/#)).1)
            let cookie = ["Cookie": "planet_moderator=\(session)"]
            let desk = RawHTTP.request(port: intake.port, method: "GET", path: "/moderate", contentType: nil, headers: cookie)
            let csrf = String(try #require(desk?.body.firstMatch(of: #/name="csrf" value="([0-9a-f]{64})"/#)).1)

            // Approvals in the view, the service killed twice in the middle of them, and once while notices go out.
            for (index, id) in ids.enumerated() {
                if index == 4 || index == 9 {
                    intake.kill()
                    intake = try await IntakeProcess.start(site: clone, spool: spoolFolder, arguments: arguments)
                }
                let answer = RawHTTP.request(port: intake.port, path: "/moderate/decide",
                                             body: RawHTTP.form([("post", "alice/bonjour"), ("id", id), ("action", "approve"), ("csrf", csrf)]),
                                             headers: origin.merging(cookie) { $1 })
                #expect(answer?.status == 303, "\(answer?.status ?? 0)")
            }
            _ = await IntakeProcess.wait(timeout: 20) { ((try? sink.received().count) ?? 0) >= 3 }
            intake.kill()
            intake = try await IntakeProcess.start(site: clone, spool: spoolFolder, arguments: arguments)
            defer { intake.stop() }
            let outbox = spoolFolder.appendingPathComponent("outbox")
            let settled = await IntakeProcess.wait(timeout: 60) {
                spool.pending().isEmpty && spool.approved().isEmpty
                    && ((try? FileManager.default.contentsOfDirectory(atPath: outbox.path)) ?? ["x"]).isEmpty
            }
            #expect(settled, "\(intake.output)")

            // Every approved comment is on main exactly once, each in one commit of its own.
            let work = folder.appendingPathComponent("work")
            try Git.run(folder, ["clone", "-q", bare.path, work.path])
            let files = try Run.tree(work.appendingPathComponent("comments/alice/bonjour")).values.map { String(decoding: $0, as: UTF8.self) }
            for text in Self.texts { #expect(files.filter { $0.contains(text) }.count == 1, "\(text)") }
            let commits = try Git.run(work, ["log", "--format=%s", "main"]).stdout.split(separator: "\n").filter { $0.hasPrefix("Comment on ") }
            #expect(commits.count == Self.texts.count)
            #expect(try Git.run(work, ["ls-remote", "--heads", bare.path]).stdout.split(separator: "\n").count == 1, "main only")

            // No reader was told twice; every notice is told at most once, and those not sent were dropped, said so.
            let received = try sink.received()
            var perReader: [String: Int] = [:]
            for mail in received { for address in mail.to { perReader[address, default: 0] += 1 } }
            #expect(perReader.values.allSatisfy { $0 == 1 }, "\(perReader)")
            let dropped = intake.output.firstMatch(of: #/mail: (\d+) message\(s\) interrupted/#).flatMap { Int($0.1) } ?? 0
            // At most once: a notice is lost only when a kill lands between its record and its sending.
            #expect(received.count + dropped >= Self.texts.count - 3, "\(received.count) sent, \(dropped) dropped")
            #expect(try !Run.tree(spoolFolder).values.contains { String(decoding: $0, as: UTF8.self).contains("Commentaire numéro") })
        }
    }
}
