import Foundation
import PlanetBuild
import PlanetCore
import Testing

/// The documentation's examples of planet's output come from real runs: each block marked
/// `<!-- example: NAME -->` (in the README or `docs/`) is what this suite gets by doing what it says (a build's time aside).
@Suite struct ReadmeExampleTests {
    /// The fenced block that follows `<!-- example: name -->` in the README or `docs/`.
    static func example(_ name: String) throws -> String {
        try Documentation.block(from: "<!-- example: \(name) -->\n```\n", to: "\n```\n")
    }

    /// A new folder holding a copy of `sample-site/` without its output or build cache.
    static func sampleSiteCopy() throws -> URL {
        let parent = try Run.temporaryFolder("planet-readme")
        let copy = parent.appendingPathComponent("sample-site")
        try FileManager.default.copyItem(at: Fixtures.sampleSite, to: copy)
        for leftover in ["public", ".public.planet", ".planet/cache"] {
            try? FileManager.default.removeItem(at: copy.appendingPathComponent(leftover))
        }
        return parent
    }

    /// `planet build sample-site`, run on a copy of the sample site without its output or build cache.
    @Test func buildSummaryOfTheSampleSite() throws {
        let parent = try Self.sampleSiteCopy()
        defer { try? FileManager.default.removeItem(at: parent) }
        let build = try Run.program(Run.planet, ["build", "sample-site"], in: parent)
        #expect(build.status == 0, "\(build.stderr)")
        let withoutTime = { (line: String) in line.replacing(#/ in \d+\.\d\d s /#, with: " in 0.00 s ") }
        let printed = withoutTime(build.stdout.trimmingCharacters(in: .newlines))
        let documented = withoutTime(try Self.example("build"))
        #expect(printed == documented)
    }

    /// `planet build sample-site` run twice: the second build finds nothing changed.
    @Test func nothingChangedSummaryOfTheSampleSite() throws {
        let parent = try Self.sampleSiteCopy()
        defer { try? FileManager.default.removeItem(at: parent) }
        let first = try Run.program(Run.planet, ["build", "sample-site"], in: parent)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try Run.program(Run.planet, ["build", "sample-site"], in: parent)
        #expect(second.status == 0, "\(second.stderr)")
        let withoutTime = { (line: String) in line.replacing(#/ in \d+\.\d\d s\)/#, with: " in 0.00 s)") }
        #expect(withoutTime(second.stdout.trimmingCharacters(in: .newlines)) == withoutTime(try Self.example("nothing-changed")))
    }

    @Test func invalidYAMLError() throws {
        let result = Fixtures.build(Fixtures.withMinimalSite("""
            -- authors/alice/posts/2024-03-02-yaml.md --
            ---
            title: Liste
            tags: [santé, hiver
            date: 2024-03-02
            ---
            Texte.
            """))
        let printed = result.diagnostics.map(\.rendered).joined(separator: "\n")
        let documented = try Self.example("yaml-error")
        #expect(printed == documented)
    }

    @Test func brokenAnchorError() throws {
        let (input, diagnostics) = Fixtures.input(TextBundle.parse("""
            -- planet.yaml --
            title: Ma Planète
            base_url: https://planete.example.org
            language: fr
            -- authors/claire/author.yaml --
            name: Claire Martin
            -- authors/claire/posts/2025-11-20-bienvenue.md --
            ---
            title: Bienvenue
            date: 2025-11-20
            ---
            Bienvenue à toutes et à tous.
            -- authors/karim/author.yaml --
            name: Karim Benali
            -- authors/karim/posts/2025-11-26-mon-premier-billet.md --
            ---
            title: Mon premier billet
            date: 2025-11-26
            ---
            Bonjour !

            Voir [l’accès](/claire/bienvenue/#acces).

            """))
        let result = SiteCheck.run(input, loadDiagnostics: diagnostics, options: .init(build: .init(now: Fixtures.now)))
        let printed = result.diagnostics.map { $0.rendered.split(separator: "\n")[0] }.joined(separator: "\n")
        let documented = try Self.example("broken-anchor")
        #expect(printed == documented)
    }
}
