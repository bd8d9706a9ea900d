import Foundation
import PlanetCheck
import PlanetCore
import PlanetLoad

/// `planet check` without its edges: the build's diagnostics, broken links and anchors, and, for a pull
/// request, the files its author may not change; all of them, or only those a change can have caused.
public enum SiteCheck {
    public struct Options: Sendable {
        public var build: BuildPipeline.Options
        /// The files changed since the revision given with `--changed-since`, or nil to check everything.
        public var changes: [FileChange]?
        /// The member whose pull request this is (`--author`): files outside their folder are errors.
        public var author: String?

        public init(build: BuildPipeline.Options, changes: [FileChange]? = nil, author: String? = nil) {
            self.build = build
            self.changes = changes
            self.author = author
        }
    }

    public struct Result: Sendable {
        /// Sorted.
        public var diagnostics: [Diagnostic]
        /// Pages of the site whose links were checked; 0 when the site could not be built even in part.
        public var pageCount: Int
    }

    /// Builds in memory (a second time with `keepGoing` when errors stop the first build, so that links are
    /// checked in what can be built), then checks links; nothing is written.
    public static func run(_ input: SiteInput, loadDiagnostics: [Diagnostic] = [], options: Options) -> Result {
        var build = BuildPipeline.run(input, loadDiagnostics: loadDiagnostics, options: options.build)
        var diagnostics = build.diagnostics
        if build.site == nil {
            var keepGoing = options.build
            keepGoing.keepGoing = true
            build = BuildPipeline.run(input, loadDiagnostics: loadDiagnostics, options: keepGoing)
        }
        var findings: [LinkFinding] = []
        if let site = build.site {
            findings = LinkChecker.check(
                LinkSource.all(in: site, input: input), files: build.files, config: site.config, redirects: site.redirects)
        }
        if let changes = options.changes {
            let scope = ChangeScope(changes: changes)
            diagnostics = diagnostics.filter { scope.contains(path: $0.location.path) }
            findings = findings.filter(scope.contains)
        }
        diagnostics += findings.map(\.diagnostic)
        if let author = options.author, let changes = options.changes {
            diagnostics += ChangePolicy.violations(in: changes, author: author)
        }
        return Result(diagnostics: diagnostics.sorted(), pageCount: build.pageCount)
    }
}
