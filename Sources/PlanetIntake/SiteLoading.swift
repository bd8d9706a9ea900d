import Foundation
import PlanetBuild
import PlanetCore

/// Reads the site the service serves, as `planet build` does (without rendering or writing), into what the
/// service knows. It reads leniently: a file with errors (a comment file that is not valid, a post whose front
/// matter is broken) is left out, as `planet build --keep-going` leaves it out, and named in `filesWithErrors`,
/// so that one broken file on `main` never freezes what the service knows. Only a site that cannot be built at
/// all (`planet.yaml` unreadable, the theme broken) is a failure.
enum SiteLoading {
    /// The site cannot be built at all; `place` is where its first error is (`planet.yaml:3`), told without the
    /// error's message, which may quote a file's text (`planet check` shows it).
    struct Failure: Error, CustomStringConvertible {
        var place: String
        var description: String { "the site cannot be read (an error at \(place); `planet check` tells more)" }
    }

    static func knowledge(folder: String, now: Date, gitDeadline: TimeInterval = 60) throws -> SiteKnowledge {
        let (input, loadDiagnostics) = try SiteSource.load(folder: folder, gitDeadline: gitDeadline)
        let strict = BuildPipeline.plan(input, loadDiagnostics: loadDiagnostics, options: .init(now: now))
        if let site = strict.site, strict.succeeded {
            return SiteKnowledge(site: site, commentPaths: input.comments.map(\.path))
        }
        let errors = strict.diagnostics.filter { $0.severity == .error }
        let lenient = BuildPipeline.plan(input, loadDiagnostics: loadDiagnostics, options: .init(keepGoing: true, now: now))
        guard let site = lenient.site else {
            throw Failure(place: errors.first.map { "\($0.location.path):\($0.location.line)" } ?? "the site")
        }
        let paths = Set(errors.map(\.location.path).filter { !$0.isEmpty })
        return SiteKnowledge(site: site, commentPaths: input.comments.map(\.path), filesWithErrors: paths.sorted(by: codePointOrder))
    }
}
