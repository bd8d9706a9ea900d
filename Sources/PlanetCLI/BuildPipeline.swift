import Foundation
import PlanetCore
import PlanetFeeds
import PlanetLoad
import PlanetParse
import PlanetRender
import PlanetSite
import PlanetTheme
import PlanetWrite

/// The stages between the two edges: a loaded site in, the files of the built site and every diagnostic out.
/// Reads no file and writes none, so tests run it on sites held in memory.
public enum BuildPipeline {
    public struct Options: Sendable {
        public var includeDrafts: Bool
        /// Build what can be built, turning errors into warnings (`--keep-going`).
        public var keepGoing: Bool
        public var now: Date
        /// Replaces the configured `base_url` (`--base-url`), already checked by `ConfigParser.isAbsoluteHTTPURL`.
        public var baseURL: String?

        public init(includeDrafts: Bool = false, keepGoing: Bool = false, now: Date, baseURL: String? = nil) {
            self.includeDrafts = includeDrafts
            self.keepGoing = keepGoing
            self.now = now
            self.baseURL = baseURL
        }
    }

    public struct Result: Sendable {
        /// The files of the site, sorted by path; empty when the build failed.
        public var files: [OutputFile]
        /// Sorted; with `keepGoing`, errors in skipped files are reported as warnings.
        public var diagnostics: [Diagnostic]
        /// The site that was built, nil when the build failed.
        public var site: Site?

        public var succeeded: Bool { site != nil && !diagnostics.hasErrors }
        public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
        public var feedCount: Int { files.filter { $0.path.hasSuffix("atom.xml") || $0.path.hasSuffix("comments.xml") }.count }
    }

    public static func run(_ input: SiteInput, loadDiagnostics: [Diagnostic] = [], options: Options) -> Result {
        var diagnostics = loadDiagnostics
        func finish(_ files: [OutputFile], _ site: Site?) -> Result {
            var sorted = diagnostics.sorted()
            if options.keepGoing, site != nil { sorted = sorted.map(\.demotedToWarning) }
            return Result(files: site == nil ? [] : files, diagnostics: sorted, site: site)
        }
        let (parsed, parseDiagnostics) = SiteParser.parse(input, baseURL: options.baseURL)
        diagnostics += parseDiagnostics
        guard let content = parsed else { return finish([], nil) }

        let themeFiles = input.themeFiles.mapValues(\.bytes)
        let theme: Theme
        switch Theme.resolve(name: content.config.theme, siteFiles: themeFiles) {
        case .success(let resolved): theme = resolved
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return finish([], nil)
        }
        let (site, siteDiagnostics) = SiteBuilder.build(
            content, options: SiteBuilderOptions(includeDrafts: options.includeDrafts, now: options.now, themeNames: theme.topLevelNames))
        diagnostics += siteDiagnostics
        if diagnostics.hasErrors, !options.keepGoing { return finish([], nil) }

        let (renderer, rendererDiagnostics) = SiteRenderer.make(site: site, theme: theme, themePath: "themes/\(content.config.theme)")
        diagnostics += rendererDiagnostics
        guard let renderer else { return finish([], nil) }
        let files = (renderer.render() + FeedRenderer.render(site: site)).sorted { codePointOrder($0.path, $1.path) }
        let collisions = SiteWriter.collisions(in: files)
        diagnostics += collisions
        if !collisions.isEmpty { return finish([], nil) }
        return finish(files, site)
    }
}
