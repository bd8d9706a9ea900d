import Foundation
import Testing

/// `planet intake clean-branches` on a real bare remote: it lists the branches that pending comments were pushed on
/// (`comments/...`), deletes them unless `--dry-run`, and leaves every other branch alone.
@Suite struct CleanBranchesTests {
    @Test func commentBranchesAreListedThenDeletedAndNothingElse() throws {
        let folder = try Run.temporaryFolder("planet-clean-branches")
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = folder.appendingPathComponent("seed"), bare = folder.appendingPathComponent("remote.git")
        let clone = folder.appendingPathComponent("clone")
        try Run.write(["README.md": Data("Le site\n".utf8)], to: seed)
        try Git.run(seed, ["init", "-q", "-b", "main"])
        try Git.commitAll(seed, "Le site", date: "2024-03-06T12:00:00Z")
        for branch in ["comments/alice/bonjour/2024-03-07T10-00-00-julie-r", "comments/bob/salut/2024-03-08T10-00-00-zoe", "brouillon"] {
            try Git.run(seed, ["branch", branch])
        }
        try Git.run(folder, ["clone", "-q", "--bare", seed.path, bare.path])
        try Git.run(folder, ["clone", "-q", bare.path, clone.path])
        let heads = { try Git.run(folder, ["ls-remote", "--heads", bare.path]).stdout.split(separator: "\n").compactMap { $0.split(separator: "\t").last } }

        let dry = try Run.planet(["intake", "clean-branches", clone.path, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout == """
            would delete comments/alice/bonjour/2024-03-07T10-00-00-julie-r
            would delete comments/bob/salut/2024-03-08T10-00-00-zoe

            """)
        #expect(try heads().count == 4)

        let cleaned = try Run.planet(["intake", "clean-branches", clone.path])
        #expect(cleaned.status == 0, "\(cleaned.stderr)")
        #expect(cleaned.stdout.hasSuffix("Deleted 2 branches from origin.\n"))
        #expect(try heads() == ["refs/heads/brouillon", "refs/heads/main"])
        #expect(try Run.planet(["intake", "clean-branches", clone.path]).stdout == "No comment branch on origin.\n")
        #expect(try Run.planet(["intake", "clean-branches", clone.path, "--remote", "nowhere"]).status == 1)
    }
}
