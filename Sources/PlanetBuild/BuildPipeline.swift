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
/// `run` and `plan` read no file and write none, so tests run them on sites held in memory;
/// `plan(_:loadDiagnostics:options:previous:siteRoot:)` adds what an incremental build keeps on disk.
public enum BuildPipeline {
    public struct Options: Sendable {
        public var includeDrafts: Bool
        /// Build what can be built, turning errors into warnings (`--keep-going`).
        public var keepGoing: Bool
        public var now: Date
        /// Replaces the configured `base_url` (`--base-url`), already checked by `ConfigParser.isAbsoluteHTTPURL`.
        public var baseURL: String?
        /// Replaces `comments.intake`: the local intake of `planet serve --intake`, without a trailing slash.
        public var intakeURL: String?
        /// The input fingerprints of the files of the site published before, by output path
        /// (`SiteWriter.previousFingerprints`): files made from the same inputs come out `.unchanged`.
        public var previousFingerprints: [String: UInt64]
        /// Tells versions of planet apart, so that none takes another's files as unchanged.
        public var toolIdentity: UInt64
        /// Posts and comments parsed by earlier builds (the build cache of `.planet/cache/`).
        public var buildCache: BuildCache

        public init(
            includeDrafts: Bool = false, keepGoing: Bool = false, now: Date, baseURL: String? = nil, intakeURL: String? = nil,
            previousFingerprints: [String: UInt64] = [:], toolIdentity: UInt64 = 0, buildCache: BuildCache = BuildCache()
        ) {
            self.intakeURL = intakeURL
            self.buildCache = buildCache
            self.includeDrafts = includeDrafts
            self.keepGoing = keepGoing
            self.now = now
            self.baseURL = baseURL
            self.previousFingerprints = previousFingerprints
            self.toolIdentity = toolIdentity
        }
    }

    /// A build whose files are not rendered yet: the writer renders them a batch at a time.
    public struct Plan: Sendable {
        /// Empty when the build failed.
        public var output: OutputPlan
        /// Sorted; with `keepGoing`, errors in skipped files are reported as warnings.
        public var diagnostics: [Diagnostic]
        /// The site that was built, nil when the build failed.
        public var site: Site?
        /// The posts, comments and fragments of this build, parsed or taken from the cache, for the next build.
        public var buildCache: BuildCache
        /// The first date after `now` of a post or outside entry left out for being in the future: from then
        /// on, the same input makes another site.
        public var nextPublication: Date?

        public var succeeded: Bool { site != nil && !diagnostics.hasErrors }
    }

    /// A build with every file rendered.
    public struct Result: Sendable {
        /// The files of the site, sorted by path; empty when the build failed.
        public var files: [OutputFile]
        /// Sorted; with `keepGoing`, errors in skipped files are reported as warnings.
        public var diagnostics: [Diagnostic]
        /// The site that was built, nil when the build failed.
        public var site: Site?
        /// The posts, comments and fragments of this build, parsed or taken from the cache, for the next build.
        public var buildCache: BuildCache

        public var succeeded: Bool { site != nil && !diagnostics.hasErrors }
        public var pageCount: Int { files.count { OutputFile.isPage($0.path) } }
        public var feedCount: Int { files.count { OutputFile.isFeed($0.path) } }
    }

    /// Builds the site and renders every file, reporting files that would be written to the same path and
    /// pages whose templates failed.
    public static func run(_ input: SiteInput, loadDiagnostics: [Diagnostic] = [], options: Options) -> Result {
        let planned = plan(input, loadDiagnostics: loadDiagnostics, options: options)
        var result = Result(files: [], diagnostics: planned.diagnostics, site: planned.site, buildCache: planned.buildCache)
        guard planned.site != nil else { return result }
        let files = planned.output.files()
        let rejections = SiteWriter.rejections(in: files)
        guard rejections.isEmpty else {
            result.diagnostics = (result.diagnostics + rejections).sorted()
            result.site = nil
            return result
        }
        result.files = files
        return result
    }

    /// The stages before rendering: the site parsed and aggregated, and its theme compiled into a renderer.
    public struct Model: Sendable {
        /// Nil when the stages failed (with errors, unless `keepGoing`).
        public var site: Site?
        public var renderer: SiteRenderer?
        /// Unsorted.
        public var diagnostics: [Diagnostic]
        public var buildCache: BuildCache
        public var nextPublication: Date?
    }

    /// Parses and aggregates the site and compiles its theme, as `plan` does before it renders.
    public static func model(_ input: SiteInput, loadDiagnostics: [Diagnostic] = [], options: Options) -> Model {
        var model = Model(site: nil, renderer: nil, diagnostics: loadDiagnostics, buildCache: options.buildCache)
        let (parsed, parseDiagnostics, newCache) = SiteParser.parse(
            input, baseURL: options.baseURL, cache: options.buildCache, toolIdentity: options.toolIdentity)
        model.buildCache = newCache
        model.diagnostics += parseDiagnostics
        guard var content = parsed else { return model }
        if let intakeURL = options.intakeURL { content.config.comments.intake = intakeURL }
        if !options.includeDrafts {
            model.nextPublication = (content.posts + content.outsidePosts).lazy.map(\.date).filter { $0 > options.now }.min()
        }

        let theme: Theme
        switch Theme.resolve(name: content.config.theme, siteFiles: input.themeFiles.mapValues(\.bytes)) {
        case .success(let resolved): theme = resolved
        case .failure(let diagnostic):
            model.diagnostics.append(diagnostic)
            return model
        }
        let linksKey = { (htmlFingerprint: UInt64) in BuildCache.linksKey(htmlFingerprint: htmlFingerprint, toolIdentity: options.toolIdentity) }
        let knownURLs = Dictionary((content.posts + content.outsidePosts).compactMap { post -> (UInt64, [String])? in
            guard case .links(let urls)? = options.buildCache.entries[linksKey(post.htmlFingerprint)] else { return nil }
            return (post.htmlFingerprint, urls)
        }, uniquingKeysWith: { first, _ in first })
        let (site, siteDiagnostics, linkedURLs) = SiteBuilder.build(
            content, options: SiteBuilderOptions(includeDrafts: options.includeDrafts, now: options.now, themeNames: theme.topLevelNames),
            knownURLs: knownURLs)
        for (htmlFingerprint, urls) in linkedURLs { model.buildCache.entries[linksKey(htmlFingerprint)] = .links(urls) }
        model.diagnostics += siteDiagnostics
        if model.diagnostics.hasErrors, !options.keepGoing { return model }

        let (renderer, rendererDiagnostics) = SiteRenderer.make(
            site: site, theme: theme, themePath: "themes/\(content.config.theme)",
            previousFingerprints: options.previousFingerprints, toolIdentity: options.toolIdentity)
        model.diagnostics += rendererDiagnostics
        guard let renderer else { return model }
        model.site = site
        model.renderer = renderer
        return model
    }

    /// Builds the site up to the files to render: they are rendered when the writer runs them.
    public static func plan(_ input: SiteInput, loadDiagnostics: [Diagnostic] = [], options: Options) -> Plan {
        let model = model(input, loadDiagnostics: loadDiagnostics, options: options)
        var diagnostics = model.diagnostics
        var buildCache = model.buildCache
        func finish(_ output: OutputPlan, _ site: Site?) -> Plan {
            var sorted = diagnostics.sorted()
            if options.keepGoing, site != nil { sorted = sorted.map(\.demotedToWarning) }
            return Plan(
                output: site == nil ? OutputPlan() : output, diagnostics: sorted, site: site, buildCache: buildCache,
                nextPublication: model.nextPublication)
        }
        guard let site = model.site, let renderer = model.renderer else { return finish(OutputPlan(), nil) }
        let (pages, fragments, renderDiagnostics) = renderer.render(cache: options.buildCache)
        for (key, html) in fragments { buildCache.entries[key] = .fragment(html) }
        diagnostics += renderDiagnostics
        if diagnostics.hasErrors, !options.keepGoing { return finish(OutputPlan(), nil) }
        let (letters, letterDiagnostics) = renderer.renderedLetters()
        diagnostics += letterDiagnostics
        if diagnostics.hasErrors, !options.keepGoing { return finish(OutputPlan(), nil) }
        let feeds = FeedRenderer.render(
            site: site, letters: letters, letterFeedTitle: renderer.string("feed_letters"),
            previousFingerprints: options.previousFingerprints, toolIdentity: options.toolIdentity)
        return finish(pages + feeds, site)
    }
}
