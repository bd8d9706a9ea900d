import Foundation
import PlanetBuild
import PlanetCore
import PlanetLoad
import Testing

/// Locations of the repository and its fixtures, and helpers to build sites in memory.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/PlanetTests/Fixtures")
    static let snapshots = repository.appendingPathComponent("Tests/PlanetTests/Snapshots")
    static let sampleSite = repository.appendingPathComponent("sample-site")

    /// A fixed "now" for builds in tests: 2026-11-01T00:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_793_491_200)

    static func text(of name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    /// A site from the files of a text bundle.
    static func input(_ files: [String: Data]) -> (SiteInput, [Diagnostic]) {
        SiteLayout.organize(paths: Array(files.keys)) { files[$0] }
    }

    static func build(_ files: [String: Data], drafts: Bool = false, keepGoing: Bool = false) -> BuildPipeline.Result {
        let (input, diagnostics) = input(files)
        return BuildPipeline.run(input, loadDiagnostics: diagnostics,
                                 options: .init(includeDrafts: drafts, keepGoing: keepGoing, now: now))
    }

    static func build(bundle: String, drafts: Bool = false, keepGoing: Bool = false) -> BuildPipeline.Result {
        build(TextBundle.parse(bundle), drafts: drafts, keepGoing: keepGoing)
    }

    /// The smallest valid site, to which a test adds files.
    static let minimalSite = """
        -- planet.yaml --
        title: Planète Test
        base_url: https://planete.example.org
        language: fr
        timezone: Europe/Paris
        -- authors/alice/author.yaml --
        name: Alice Martin
        -- authors/alice/posts/2024-03-01-bonjour.md --
        ---
        title: Bonjour
        date: 2024-03-01
        ---
        Premier billet.

        """

    static func withMinimalSite(_ extra: String) -> [String: Data] {
        TextBundle.parse(minimalSite + extra)
    }
}
