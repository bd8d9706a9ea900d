import Foundation
import PlanetBuild
import PlanetCore

/// Reads the site the service serves, as `planet build` does (without rendering or writing), into what the
/// service knows.
enum SiteLoading {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func knowledge(folder: String, now: Date, overrides: SiteOverrides = SiteOverrides()) throws -> SiteKnowledge {
        let (input, loadDiagnostics) = try SiteSource.load(folder: folder)
        let plan = BuildPipeline.plan(
            input, loadDiagnostics: loadDiagnostics, options: .init(now: now, baseURL: overrides.baseURL, intakeURL: overrides.intakeURL))
        guard let site = plan.site else {
            let first = plan.diagnostics.first { $0.severity == .error }.map { "\($0.location.path):\($0.location.line): \($0.message)" }
            throw Failure(description: "the site has errors: " + (first ?? "it cannot be built"))
        }
        let (pages, pageDiagnostics) = BuildPipeline.intakePages(input, site: site)
        guard let pages else {
            let first = pageDiagnostics.first.map { "\($0.location.path):\($0.location.line): \($0.message)" }
            throw Failure(description: "the theme's intake page cannot be made: " + (first ?? "unknown error"))
        }
        return SiteKnowledge(site: site, commentPaths: input.comments.map(\.path), pages: pages)
    }
}
