import Foundation
@testable import PlanetIntake
import Testing

extension IntakeServiceTests {
    /// `planet intake --deliver pending-branches` (the old way, for private repositories) on the real binary, with a real bare repository as the remote: one branch per
    /// comment holding exactly its file, accepted by `planet check --changed-since`, shown once merged; a remote that
    /// goes away and comes back; pull requests on a fake forge of each kind that fails, times out, and is not
    /// asked twice; the token never written anywhere.
    @Suite struct IntakeDeliveryTests {
        static let site = """
            -- planet.yaml --
            title: Planète Test
            base_url: https://planete.example.org
            language: fr
            timezone: Europe/Paris
            repository: https://github.com/owner/site
            comments:
              intake: https://commentaires.example.org
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

            """

        /// A bare repository holding the site, and a clone of it for the service.
        struct Remote {
            var folder: URL
            var bare: URL { folder.appendingPathComponent("remote.git") }
            var clone: URL { folder.appendingPathComponent("clone") }
            var spool: URL { folder.appendingPathComponent("spool") }

            init() throws {
                folder = try Run.temporaryFolder("planet-intake-git")
                let seed = folder.appendingPathComponent("seed")
                try Run.write(Fixtures.withMinimalSite(IntakeDeliveryTests.site), to: seed)
                try Git.run(seed, ["init", "-q"])
                try Git.commitAll(seed, "Le site", date: "2024-03-06T12:00:00Z")
                try Git.run(folder, ["clone", "-q", "--bare", seed.path, bare.path])
                try Git.run(folder, ["clone", "-q", bare.path, clone.path])
            }

            /// The remote's branches other than main.
            func commentBranches() throws -> [String] {
                try Git.run(folder, ["ls-remote", "--heads", bare.path]).stdout.split(separator: "\n")
                    .compactMap { $0.split(separator: "\t").last.map { String($0.dropFirst("refs/heads/".count)) } }
                    .filter { $0 != "main" }
            }

            func spooled() -> [String] {
                (try? Spool(folder: spool.path).pending().map(\.path)) ?? []
            }
        }

        static let comment: [(String, String)] = [
            ("post", "alice/bonjour"), ("name", "Julie R."), ("website", "https://julie.example"),
            ("message", "Merci pour ce **billet** : c’est exactement ça."), ("reply_to", "2024-03-05T10-00-00-bob"), ("planet_trap", ""),
        ]

        @Test func aPostBecomesOneBranchWithOneFileThatChecksAndShowsOnceMerged() async throws {
            let remote = try Remote()
            defer { try? FileManager.default.removeItem(at: remote.folder) }
            let intake = try await IntakeProcess.start(site: remote.clone, spool: remote.spool, arguments: [
                "--deliver", "pending-branches", "--retry-base", "0.2", "--retry-max", "1", "--committer-name", "Planète Intake",
                "--committer-email", "intake@planete.example.org",
            ])
            defer { intake.stop() }
            let response = try #require(RawHTTP.post(port: intake.port, Self.comment))
            #expect(response.status == 303)
            #expect(ReaderLinkLocation.matches(response.header("Location")))
            #expect(await IntakeProcess.wait(timeout: 20) { (try? remote.commentBranches().count) == 1 && remote.spooled().isEmpty }, "\(intake.output)")
            let branch = try #require(try remote.commentBranches().first)
            #expect(branch.wholeMatch(of: #/comments/alice/bonjour/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-julie-r/#) != nil)

            let work = remote.folder.appendingPathComponent("work")
            try Git.run(remote.folder, ["clone", "-q", remote.bare.path, work.path])
            try Git.run(work, ["checkout", "-q", branch])
            let path = "\(branch).md"
            #expect(try Git.run(work, ["rev-list", "--count", "main..HEAD"]).stdout == "1\n")
            #expect(try Git.run(work, ["diff", "--name-status", "main", "HEAD"]).stdout == "A\t\(path)\n")
            #expect(try Git.run(work, ["log", "-1", "--format=%an <%ae>|%cn <%ce>"]).stdout
                == "Planète Intake <intake@planete.example.org>|Planète Intake <intake@planete.example.org>\n")
            let text = try String(contentsOf: work.appendingPathComponent(path), encoding: .utf8)
            #expect(text.hasPrefix("---\nauthor: \"Julie R.\"\ndate: "))
            #expect(text.hasSuffix("""
                website: "https://julie.example"
                reply_to: "2024-03-05T10-00-00-bob"
                ---
                Merci pour ce **billet** : c’est exactement ça.

                """))
            #expect(!text.contains("127.0.0.1"))
            let check = try Run.planet(["check", work.path, "--changed-since", "main"])
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

            // The moderator merges the request: the comment is published.
            try Git.run(work, ["checkout", "-q", "main"])
            try Git.run(work, ["merge", "-q", "--no-ff", branch, "-m", "Commentaire de Julie R."], date: "2024-03-07T12:00:00Z")
            let output = remote.folder.appendingPathComponent("public")
            let build = try Run.planet(["build", work.path, "--output", output.path, "--quiet"])
            #expect(build.status == 0, "\(build.stderr)")
            let page = try String(contentsOf: output.appendingPathComponent("alice/bonjour/index.html"), encoding: .utf8)
            #expect(page.contains("Merci pour ce <strong>billet</strong>"))
            #expect(page.contains("Julie R."))
        }

        @Test func deliveryWaitsForTheRemoteToComeBack() async throws {
            let remote = try Remote()
            defer { try? FileManager.default.removeItem(at: remote.folder) }
            let away = remote.folder.appendingPathComponent("away.git")
            let intake = try await IntakeProcess.start(site: remote.clone, spool: remote.spool, arguments: [
                "--deliver", "pending-branches", "--retry-base", "0.2", "--retry-max", "0.5",
            ])
            defer { intake.stop() }
            try FileManager.default.moveItem(at: remote.bare, to: away)
            #expect(RawHTTP.post(port: intake.port, Self.comment)?.status == 303)
            #expect(await IntakeProcess.wait(timeout: 20) { intake.output.components(separatedBy: "failed (2)").count > 1 }, "\(intake.output)")
            #expect(remote.spooled().count == 1)
            try FileManager.default.moveItem(at: away, to: remote.bare)
            #expect(await IntakeProcess.wait(timeout: 20) { remote.spooled().isEmpty }, "\(intake.output)")
            #expect(try remote.commentBranches().count == 1)
        }

        @Test(arguments: ForgeKind.allCases)
        func pullRequestsAreOpenedOnceThroughFailuresAndTimeouts(kind: ForgeKind) async throws {
            let remote = try Remote()
            defer { try? FileManager.default.removeItem(at: remote.folder) }
            let forge = try FakeForge(kind: kind, slowAnswer: 2.5)
            defer { forge.stop() }
            let token = "tok-\(UUID().uuidString)"
            let intake = try await IntakeProcess.start(site: remote.clone, spool: remote.spool, arguments: [
                "--deliver", "pending-branches", "--forge", kind.rawValue, "--forge-api", forge.api, "--forge-timeout", "1", "--token-env", "INTAKE_TEST_TOKEN",
                "--retry-base", "0.2", "--retry-max", "0.5",
            ], environment: ["INTAKE_TEST_TOKEN": token])
            defer { intake.stop() }
            #expect(RawHTTP.post(port: intake.port, Self.comment)?.status == 303)
            #expect(await IntakeProcess.wait(timeout: 30) { remote.spooled().isEmpty }, "\(intake.output)")
            let branch = try #require(try remote.commentBranches().first)
            let posts = forge.requests.filter { $0.method == "POST" }
            #expect(posts.count == 2, "one answered 500, one timed out after opening the request")
            #expect(forge.openedRequests.count == 1)
            let opened = try #require(forge.openedRequests.first)
            let expectedPath: String
            switch kind {
            case .github:
                expectedPath = "/repos/owner/site/pulls"
                #expect(opened["head"] == branch && opened["base"] == "main")
                #expect(posts[0].headers["authorization"] == "Bearer \(token)")
            case .gitea:
                expectedPath = "/api/v1/repos/owner/site/pulls"
                #expect(opened["head"] == branch && opened["base"] == "main")
                #expect(posts[0].headers["authorization"] == "token \(token)")
            case .gitlab:
                expectedPath = "/api/v4/projects/owner%2Fsite/merge_requests"
                #expect(opened["source_branch"] == branch && opened["target_branch"] == "main")
                #expect(posts[0].headers["private-token"] == token)
            }
            #expect(posts.allSatisfy { $0.path == expectedPath })
            #expect(opened["title"] == "Comment on alice/bonjour: \(branch.split(separator: "/").last!)")
            #expect((opened["body"] ?? opened["description"])?.contains("Post: https://planete.example.org/alice/bonjour/") == true)
            #expect(forge.requests.filter { $0.method == "GET" }.count >= 3)

            // The token is nowhere but in the requests to the forge.
            #expect(!intake.output.contains(token))
            let history = try Git.run(remote.bare, ["log", "-p", "--all"]).stdout
            #expect(!history.isEmpty && !history.contains(token))
            #expect(try !Run.tree(remote.spool).values.contains { String(decoding: $0, as: UTF8.self).contains(token) })
        }

        @Test func aForgeWithoutItsTokenIsAUsageError() async throws {
            let remote = try Remote()
            defer { try? FileManager.default.removeItem(at: remote.folder) }
            let result = try Run.planet(["intake", remote.clone.path, "--spool", remote.spool.path, "--deliver", "pending-branches", "--forge", "github",
                                         "--token-env", "INTAKE_TEST_ABSENT"])
            #expect(result.status == 2)
            #expect(result.stderr.contains("--forge needs a token in the environment variable INTAKE_TEST_ABSENT"))
        }
    }
}
