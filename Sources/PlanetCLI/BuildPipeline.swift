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
        /// The input fingerprints of the files of the site published before, by output path
        /// (`SiteWriter.previousFingerprints`): files made from the same inputs come out `.unchanged`.
        public var previousFingerprints: [String: UInt64]
        /// Tells versions of planet apart, so that none takes another's files as unchanged.
        public var toolIdentity: UInt64
        /// Posts and comments parsed by earlier builds (the build cache of `.planet/cache/`).
        public var buildCache: BuildCache

        public init(
            includeDrafts: Bool = false, keepGoing: Bool = false, now: Date, baseURL: String? = nil,
            previousFingerprints: [String: UInt64] = [:], toolIdentity: UInt64 = 0, buildCache: BuildCache = BuildCache()
        ) {
            self.buildCache = buildCache
            self.includeDrafts = includeDrafts
            self.keepGoing = keepGoing
            self.now = now
            self.baseURL = baseURL
            self.previousFingerprints = previousFingerprints
            self.toolIdentity = toolIdentity
        }
    }

    public struct Result: Sendable {
        /// The files of the site, sorted by path; empty when the build failed.
        public var files: [OutputFile]
        /// Sorted; with `keepGoing`, errors in skipped files are reported as warnings.
        public var diagnostics: [Diagnostic]
        /// The site that was built, nil when the build failed.
        public var site: Site?
        /// The posts and comments of this build, parsed or taken from the cache, for the next build.
        public var buildCache: BuildCache

        public var succeeded: Bool { site != nil && !diagnostics.hasErrors }
        public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
        public var feedCount: Int { files.filter { $0.path.hasSuffix("atom.xml") || $0.path.hasSuffix("comments.xml") }.count }
    }

    public static func run(_ input: SiteInput, loadDiagnostics: [Diagnostic] = [], options: Options) -> Result {
        var diagnostics = loadDiagnostics
        var buildCache = options.buildCache
        func finish(_ files: [OutputFile], _ site: Site?) -> Result {
            var sorted = diagnostics.sorted()
            if options.keepGoing, site != nil { sorted = sorted.map(\.demotedToWarning) }
            return Result(files: site == nil ? [] : files, diagnostics: sorted, site: site, buildCache: buildCache)
        }
        let (parsed, parseDiagnostics, newCache) = SiteParser.parse(
            input, baseURL: options.baseURL, cache: options.buildCache, toolIdentity: options.toolIdentity)
        buildCache = newCache
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

        let (renderer, rendererDiagnostics) = SiteRenderer.make(
            site: site, theme: theme, themePath: "themes/\(content.config.theme)",
            previousFingerprints: options.previousFingerprints, toolIdentity: options.toolIdentity)
        diagnostics += rendererDiagnostics
        guard let renderer else { return finish([], nil) }
        let (pages, fragments) = renderer.render(cache: options.buildCache)
        for (key, html) in fragments { buildCache.entries[key] = .fragment(html) }
        let feeds = FeedRenderer.render(
            site: site, previousFingerprints: options.previousFingerprints, toolIdentity: options.toolIdentity)
        let files = (pages + feeds).sorted { codePointOrder($0.path, $1.path) }
        let collisions = SiteWriter.collisions(in: files)
        diagnostics += collisions
        if !collisions.isEmpty { return finish([], nil) }
        return finish(files, site)
    }
}
