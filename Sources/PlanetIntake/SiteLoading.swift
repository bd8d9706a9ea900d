import Foundation
import PlanetBuild
import PlanetCore
import PlanetLoad
import PlanetRender

/// Reads the site the service serves, as `planet build` does up to its model (parsed, aggregated, its theme
/// compiled; no page rendered, nothing written), into what the service knows. It reads leniently: a file with
/// errors (a comment file that is not valid, a post whose front matter is broken) is left out, as
/// `planet build --keep-going` leaves it out, and named in `filesWithErrors`, so that one broken file on `main`
/// never freezes what the service knows. Only a site that cannot be built at
/// all (`planet.yaml` unreadable, the theme broken) is a failure.
enum SiteLoading {
    /// The site cannot be built at all; `place` is where its first error is (`planet.yaml:3`), told without the
    /// error's message, which may quote a file's text (`planet check` shows it).
    struct Failure: Error, CustomStringConvertible {
        var place: String
        var description: String { "the site cannot be read (an error at \(place); `planet check` tells more)" }
    }

    /// Reads the site into what the service knows, starting from `cache`, the build cache the previous reading left
    /// (empty for the first), so that a pull that changed one file parses one file. Returns the knowledge and the
    /// cache to give the next reading.
    static func knowledge(
        folder: String, now: Date, gitDeadline: TimeInterval = 60, overrides: SiteOverrides = SiteOverrides(), cache: BuildCache
    ) throws -> (SiteKnowledge, BuildCache) {
        let (input, loadDiagnostics) = try SiteSource.load(folder: folder, gitDeadline: gitDeadline)
        let options = BuildPipeline.Options(
            now: now, baseURL: overrides.baseURL, intakeURL: overrides.intakeURL, buildCache: cache)
        let strict = BuildPipeline.model(input, loadDiagnostics: loadDiagnostics, options: options)
        if let site = strict.site, !strict.diagnostics.hasErrors {
            return (SiteKnowledge(site: site, commentPaths: input.comments.map(\.path), pages: try pages(input, site)), strict.buildCache)
        }
        let errors = strict.diagnostics.filter { $0.severity == .error }.sorted()
        var lenientOptions = options
        lenientOptions.keepGoing = true
        lenientOptions.buildCache = strict.buildCache
        let lenient = BuildPipeline.model(input, loadDiagnostics: loadDiagnostics, options: lenientOptions)
        guard let site = lenient.site else {
            throw Failure(place: errors.first.map { "\($0.location.path):\($0.location.line)" } ?? "the site")
        }
        let paths = Set(errors.map(\.location.path).filter { !$0.isEmpty })
        let knowledge = SiteKnowledge(
            site: site, commentPaths: input.comments.map(\.path), filesWithErrors: paths.sorted(by: codePointOrder), pages: try pages(input, site))
        return (knowledge, lenient.buildCache)
    }

    /// Reads the site once, without a cache (a start, `search-rebuild`).
    static func knowledge(
        folder: String, now: Date, gitDeadline: TimeInterval = 60, overrides: SiteOverrides = SiteOverrides()
    ) throws -> SiteKnowledge {
        try knowledge(folder: folder, now: now, gitDeadline: gitDeadline, overrides: overrides, cache: BuildCache()).0
    }

    /// The theme's answer pages; a theme that cannot make them is a failure, as it is for `planet build`.
    private static func pages(_ input: SiteInput, _ site: Site) throws -> IntakePages {
        let (pages, diagnostics) = BuildPipeline.intakePages(input, site: site)
        guard let pages else {
            throw Failure(place: diagnostics.first.map { "\($0.location.path):\($0.location.line)" } ?? "the theme")
        }
        return pages
    }
}
