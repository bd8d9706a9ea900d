import Foundation
import PlanetBuild
import PlanetCore
import Testing

/// `git_dates: true`: a post without `updated` takes the date of its last commit, from one `git log` pass.
@Suite(.serialized) struct GitDatesTests {
    func repository(gitDates: Bool) throws -> URL {
        let folder = try Run.temporaryFolder("planet-git")
        try Run.write(TextBundle.parse("""
            -- planet.yaml --
            title: Planète Git
            base_url: https://planete.example.org
            timezone: Europe/Paris
            git_dates: \(gitDates)
            -- authors/alice/author.yaml --
            name: Alice
            -- authors/alice/posts/2024-12-01-modifie.md --
            ---
            title: Modifié
            date: 2024-12-01
            ---
            Première version.
            -- authors/alice/posts/2024-12-02-fixe.md --
            ---
            title: Fixe
            date: 2024-12-02
            updated: 2024-12-03
            ---
            Daté à la main.
            -- authors/alice/posts/2025-01-01-du-jour.md --
            ---
            title: Du jour
            date: 2025-01-01 09:00
            ---
            Écrit et publié le même jour.
            """), to: folder)
        try Git.run(folder, ["init", "-q"])
        try Git.commitAll(folder, "First", date: "2025-01-01T12:00:00Z")
        try Data("---\ntitle: Modifié\ndate: 2024-12-01\n---\nDeuxième version.\n".utf8)
            .write(to: folder.appendingPathComponent("authors/alice/posts/2024-12-01-modifie.md"))
        try Git.commitAll(folder, "Second", date: "2025-02-03T08:30:00Z")
        return folder
    }

    func updated(in folder: URL) throws -> [String: Date?] {
        let (input, diagnostics) = try SiteSource.load(folder: folder.path)
        let result = BuildPipeline.run(input, loadDiagnostics: diagnostics, options: .init(now: Fixtures.now))
        let site = try #require(result.site)
        return Dictionary(uniqueKeysWithValues: site.posts.map { ($0.slug, $0.updated) })
    }

    @Test func postsWithoutUpdatedTakeTheirLastCommit() throws {
        let folder = try repository(gitDates: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dates = try updated(in: folder)
        #expect(dates["modifie"] == Date(timeIntervalSince1970: 1_738_571_400))
        #expect(dates["fixe"] == Date(timeIntervalSince1970: 1_733_180_400))
        #expect(dates["du-jour"] == .some(nil))
        let build = try Run.planet(["build", folder.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let feed = try String(contentsOf: folder.appendingPathComponent("public/atom.xml"), encoding: .utf8)
        #expect(feed.contains("<updated>2025-02-03T08:30:00Z</updated>"))
    }

    @Test func withoutTheSettingGitIsNotRead() throws {
        let folder = try repository(gitDates: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dates = try updated(in: folder)
        #expect(dates["modifie"] == .some(nil))
    }
}
