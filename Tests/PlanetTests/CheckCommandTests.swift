import Foundation
import PlanetCheck
import PlanetLoad
import Testing

/// `planet check` on the real binary: exit statuses, JSON, and `--changed-since` in a temporary git repository.
@Suite(.serialized) struct CheckCommandTests {
    static let secondMember = """
        -- authors/bob/author.yaml --
        name: Bob Durand
        -- authors/bob/posts/2024-03-04-salut.md --
        ---
        title: Salut
        date: 2024-03-04
        ---
        Bonjour à [Alice](/alice/bonjour/).

        """

    func site(_ extra: String = "") throws -> URL {
        let folder = try Run.temporaryFolder("planet-check")
        try Run.write(Fixtures.withMinimalSite(Self.secondMember + extra), to: folder)
        return folder
    }

    @Test func checksWithoutWriting() throws {
        let folder = try site()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.planet(["check", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.wholeMatch(of: #/Checked \d+ pages in \d+\.\d\d s: no errors\n/#) != nil, "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
    }

    @Test func jsonListsLocatedDiagnosticsWithCodes() throws {
        let folder = try site("""
            -- authors/bob/posts/2024-03-05-casse.md --
            ---
            title: Cassé
            date: 2024-03-05
            tags: [a
            ---
            -- pages/liens.md --
            ---
            title: Liens
            ---
            Voir [rien](/rien/).
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.planet(["check", folder.path, "--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(object["errors"] as? Int == 2)
        #expect(diagnostics.map { $0["path"] as? String } == ["authors/bob/posts/2024-03-05-casse.md", "pages/liens.md"])
        #expect(diagnostics.map { $0["code"] as? String } == ["invalid-yaml", "broken-link"])
        #expect(diagnostics[1]["line"] as? Int == 4)
        #expect(diagnostics[1]["column"] as? Int == 6)
        #expect(diagnostics[1]["severity"] as? String == "error")
        #expect((diagnostics[1]["message"] as? String)?.hasPrefix("broken link: `/rien/`") == true)
        #expect(Set(diagnostics[0].keys) == ["path", "line", "column", "severity", "message", "code"])
    }

    @Test func usageErrors() throws {
        #expect(try Run.planet(["check", "/no/such/site"]).status == 2)
        #expect(try Run.planet(["check", "--author", "bob"]).status == 2)
        #expect(try Run.planet(["check", "--format", "xml"]).status == 2)
        #expect(try Run.planet(["check", "--quiet", "--verbose"]).status == 2)
    }

    @Test func changedSinceReportsAnotherMembersFolderAndOnlyWhatChanged() throws {
        let folder = try site("""
            -- pages/ancienne.md --
            ---
            title: Ancienne
            ---
            Un [vieux lien mort](/disparu/).
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Git.run(folder, ["init", "-q"])
        try Git.commitAll(folder, "Base", date: "2025-01-01T12:00:00Z")
        try Git.run(folder, ["checkout", "-q", "-b", "bob-post"])

        try Data("---\ntitle: Nouveau\ndate: 2024-03-06\n---\nVoir [Alice](/alice/bonjour/).\n".utf8)
            .write(to: folder.appendingPathComponent("authors/bob/posts/2024-03-06-nouveau.md"))
        try Git.commitAll(folder, "Bob's post", date: "2025-01-02T12:00:00Z")
        let own = try Run.planet(["check", folder.path, "--changed-since", "main", "--author", "bob"])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stdout.contains("(1 changed file)"), "\(own.stdout)")
        let everything = try Run.planet(["check", folder.path])
        #expect(everything.status == 1)
        #expect(everything.stderr.contains("pages/ancienne.md:4:4: error: broken link"))

        try Data("name: Alice Piratée\n".utf8).write(to: folder.appendingPathComponent("authors/alice/author.yaml"))
        try Git.commitAll(folder, "Touch Alice", date: "2025-01-03T12:00:00Z")
        let foreign = try Run.planet(["check", folder.path, "--changed-since", "main", "--author", "bob"])
        #expect(foreign.status == 1)
        #expect(foreign.stderr.hasPrefix(
            "authors/alice/author.yaml:1:1: error: this change touches another member's folder (authors/alice/); a pull request by bob changes only authors/bob/"),
            "\(foreign.stderr)")

        let json = try Run.planet(["check", folder.path, "--changed-since", "main", "--author", "bob", "--format", "json"])
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"code\" : \"foreign-member-folder\""))
    }

    /// What `planet intake` delivers for a verified webmention: one new comment file of kind mention.
    @Test func changedSinceAcceptsANewMentionFile() throws {
        let folder = try site()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Git.run(folder, ["init", "-q"])
        try Git.commitAll(folder, "Base", date: "2025-01-01T12:00:00Z")
        let mention = folder.appendingPathComponent("comments/alice/bonjour/2025-01-02T08-00-00-blog-example-net.md")
        try FileManager.default.createDirectory(at: mention.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("""
            ---
            kind: mention
            source: "https://blog.example.net/2025/01/bonjour"
            title: "Bonjour à Alice"
            author: "blog.example.net"
            date: 2025-01-02T08:00:00Z
            status: pending
            ---
            Un extrait.

            """.utf8).write(to: mention)
        try Git.commitAll(folder, "A mention", date: "2025-01-02T12:00:00Z")
        let result = try Run.planet(["check", folder.path, "--changed-since", "HEAD~1", "--author", "bob"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("(1 changed file)"), "\(result.stdout)")
    }

    @Test func changedSinceChecksWhatDependsOnAChange() throws {
        let folder = try site()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Git.run(folder, ["init", "-q"])
        try Git.commitAll(folder, "Base", date: "2025-01-01T12:00:00Z")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("authors/alice/posts/2024-03-01-bonjour.md"))
        let result = try Run.planet(["check", folder.path, "--changed-since", "HEAD", "--author", "alice"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("authors/bob/posts/2024-03-04-salut.md:5:11: error: broken link: `/alice/bonjour/`"), "\(result.stderr)")
    }
}

/// What a member's pull request may change, as a pure rule.
@Suite struct ChangePolicyTests {
    @Test func membersChangeTheirFolderAndAddComments() {
        let changes = [
            FileChange(path: "authors/bob/posts/2024-03-06-x.md", kind: .added),
            FileChange(path: "authors/bob/author.yaml", kind: .modified),
            FileChange(path: "comments/alice/bonjour/2025-01-01-bob.md", kind: .added),
            FileChange(path: "comments/bob/salut/2025-01-01-spam.md", kind: .modified),
            FileChange(path: "comments/alice/bonjour/2025-01-01-zoe.md", kind: .deleted),
            FileChange(path: "authors/alice/posts/2024-03-01-bonjour.md", kind: .modified),
            FileChange(path: "planet.yaml", kind: .modified),
            FileChange(path: ".github/workflows/planet.yml", kind: .modified, insideSite: false),
        ]
        let violations = ChangePolicy.violations(in: changes, author: "bob")
        #expect(violations.map(\.location.path) == [
            "comments/alice/bonjour/2025-01-01-zoe.md", "authors/alice/posts/2024-03-01-bonjour.md", "planet.yaml",
            ".github/workflows/planet.yml",
        ])
        #expect(violations.map(\.stableCode) == ["foreign-comment", "foreign-member-folder", "outside-member-folder", "outside-member-folder"])
    }

    @Test func scopeFollowsDependents() {
        let scope = ChangeScope(changes: [FileChange(path: "authors/bob/posts/2024-03-06-x.md", kind: .added)])
        #expect(scope.contains(path: "authors/bob/author.yaml"))
        #expect(scope.contains(path: "comments/bob/x/1.md"))
        #expect(!scope.contains(path: "authors/alice/author.yaml"))
        #expect(!scope.contains(path: "pages/a.md"))
        #expect(ChangeScope(changes: [FileChange(path: "planet.yaml", kind: .modified)]).contains(path: "pages/a.md"))
    }
}
