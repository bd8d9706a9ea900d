import Foundation
import PlanetCore
import PlanetTemplate
import PlanetTheme

/// The HTML half of the render stage: every page of the site, rendered with the theme's Mustache templates.
public struct SiteRenderer: Sendable {
    let site: Site
    let theme: Theme
    let library: TemplateLibrary
    let strings: InterfaceStrings
    /// The input fingerprints of the previous build's files, by output path: pages made from the same
    /// values are not rendered again.
    let previousFingerprints: [String: UInt64]
    /// Of the templates and of `toolIdentity`, part of every page's fingerprint.
    let templatesFingerprint: UInt64
    /// Where the theme's templates are, relative to the site (`themes/default`), to locate template errors.
    let themePath: String

    /// Compiles the theme's templates once. Fails with located diagnostics on a template or strings error.
    /// `toolIdentity` tells builds by different versions of planet apart, so that none reuses the other's pages.
    public static func make(
        site: Site, theme: Theme, themePath: String, previousFingerprints: [String: UInt64] = [:], toolIdentity: UInt64 = 0
    ) -> (SiteRenderer?, [Diagnostic]) {
        var library = TemplateLibrary()
        var diagnostics: [Diagnostic] = []
        let located = { (error: TemplateError) in Self.located(error, prefix: "invalid template", theme: theme, themePath: themePath) }
        for (name, text) in theme.templates.sorted(by: { codePointOrder($0.key, $1.key) }) {
            do {
                try library.register(text, named: name)
            } catch {
                diagnostics.append(located(error))
            }
        }
        do {
            try library.register("{{#\(itemKey)}}{{>partials/post-item}}{{/\(itemKey)}}", named: itemTemplate)
            try library.register(redirectPage, named: redirectTemplate)
        } catch {
            diagnostics.append(located(error))
        }
        if diagnostics.isEmpty { diagnostics += library.unresolvedReferences().map(located) }
        for required in ["layout", "home", "post", "author", "authors", "tags", "tag", "hashtags", "hashtag", "page", "404", "letter", "letters", "letter-mail", "archives", "archive"]
        where !library.contains(required) && !diagnostics.contains(where: { $0.location.path.hasSuffix("/\(required).mustache") }) {
            diagnostics.append(.error("the theme has no `templates/\(required).mustache`", at: SourceLocation(path: themePath)))
        }
        let strings: InterfaceStrings
        switch InterfaceStrings.load(theme: theme, language: site.config.language) {
        case .success(let loaded): strings = loaded
        case .failure(let diagnostic): return (nil, diagnostics + [diagnostic])
        }
        let french = Typography.isFrench(site.config.language)
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        var fingerprint = Fingerprint()
        fingerprint.combine(toolIdentity)
        for (name, text) in theme.templates.sorted(by: { codePointOrder($0.key, $1.key) }) {
            fingerprint.combine(name)
            fingerprint.combine(text)
        }
        return (SiteRenderer(
            site: french ? site.withFrenchSpacing() : site, theme: theme, library: library,
            strings: french ? strings.mapValues { Typography.frenchSpacing($0) } : strings, previousFingerprints: previousFingerprints,
            templatesFingerprint: fingerprint.value, themePath: themePath), [])
    }

    /// A template error as a diagnostic at the offending tag of the theme's file, with its line as excerpt.
    static func located(_ error: TemplateError, prefix: String, theme: Theme, themePath: String) -> Diagnostic {
        let text = theme.templates[error.template] ?? ""
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(error.line - 1).first.map(String.init)
        return .error("\(prefix): \(error.message)", at: SourceLocation(
            path: "\(themePath)/templates/\(error.template).mustache", line: error.line, column: error.column), excerpt: line)
    }

    /// Renders a post summary through `partials/post-item`, once per post: the result is `item_html`.
    static let itemTemplate = "planet-post-item"
    static let itemKey = "planet_post_item"

    /// Every HTML page, `robots.txt`, and the theme's and site's files to copy, as jobs for the writer;
    /// the fragments rendered for them, for the next build's `cache`; and the errors of the templates that
    /// failed on them. A page whose template fails is a `.failed` file, which the writer reports.
    public func render(cache: BuildCache = BuildCache()) -> (plan: OutputPlan, fragments: [UInt64: String], diagnostics: [Diagnostic]) {
        var builder = ContextBuilder(site: site, strings: strings)
        let items = renderItems(builder, cache: cache)
        var failures: [Diagnostic] = []
        builder.setItemHTML(items.map { item in
            switch item.html {
            case .success(let html): return html
            case .failure(let diagnostic):
                if !failures.contains(diagnostic) { failures.append(diagnostic) }
                return ""
            }
        })
        let context = builder
        typealias Job = OutputPlan.Job
        var jobs: [Job] = [
            Job { renderHome(context) },
            Job { [renderAuthorsIndex(context), renderTagsIndex(context), renderHashtagsIndex(context), renderNotFound(context),
                    renderArchivesIndex(context)] },
        ]
        jobs += site.authors.map { author in Job { renderAuthor(author, context) + renderAuthorArchives(author, context) } }
        jobs += site.archive.years.map { year in Job { renderArchiveYear(year, context) } }
        jobs += site.posts.indices.map { index in Job { [renderPost(index, context)] } }
        jobs += site.tags.map { tag in Job { renderTag(tag, context) } }
        jobs += site.hashtags.map { hashtag in Job { renderHashtag(hashtag, context) } }
        jobs += site.pages.map { standalone in Job { [renderPage(standalone, context)] } }
        jobs += site.memberPages.map { memberPage in Job { [renderMemberPage(memberPage, context)] } }
        jobs.append(Job { renderLettersIndex(context).map { [$0] } ?? [] })
        jobs += site.letters.indices.map { index in Job { [renderLetter(index, context)] } }
        var files = [OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(site.config.absoluteURL("/sitemap.xml"))\n")]
        for (path, data) in theme.staticFiles where site.assets[path] == nil {
            files.append(OutputFile(path: path, content: .data(data)))
        }
        files += site.redirects.map(renderRedirect)
        for (path, content) in site.assets {
            files.append(OutputFile(path: path, content: content))
        }
        let fragments = Dictionary(
            items.compactMap { item in (try? item.html.get()).map { (item.key, $0) } }, uniquingKeysWith: { first, _ in first })
        return (OutputPlan(jobs: jobs) + OutputPlan(files: files), fragments, failures)
    }

    /// Every post's `partials/post-item`, rendered once with the site-wide values and the post's summary,
    /// or taken from `cache`; with the key it is cached under: the fingerprint of the values it is rendered from.
    func renderItems(_ context: ContextBuilder, cache: BuildCache) -> [(key: UInt64, html: Result<String, Diagnostic>)] {
        let siteWide = context.base(path: "", heading: "", description: "", feeds: [])
        return Array(context.postSummaries.indices).parallelMap { index in
            let values = PendingValue(
                encoding: PageContext(siteWide, PostItem(planetPostItem: context.postSummaries[index])), willRender: cache.entries.isEmpty)
            let key = fingerprint(Self.itemTemplate, values)
            if case .fragment(let html)? = cache.entries[key] { return (key, .success(html)) }
            return (key, html(Self.itemTemplate, values.encoded).map { String(decoding: $0, as: UTF8.self) })
        }
    }

    /// Of a page rendered from `template` and `values`: the templates', the tool's, and the values' own
    /// (`TemplateValue.fingerprint`, of exactly what the template receives).
    func fingerprint(_ template: String, _ values: PendingValue) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.combine(templatesFingerprint)
        fingerprint.combine(template)
        fingerprint.combine(values.fingerprint)
        return fingerprint.value
    }

    /// Renders `template` with the page's values, unless the previous build made this page from the same
    /// template and values: then the page is `.unchanged`.
    func page(_ template: String, path: String, _ common: CommonValues, _ content: some Encodable & Hashable & Sendable) -> OutputFile {
        let outputPath = OutputFile.htmlPath(forURLPath: path)
        let previous = previousFingerprints[outputPath]
        let values = PendingValue(encoding: PageContext(common, content), willRender: previous == nil)
        let fingerprint = fingerprint(template, values)
        if previous == fingerprint {
            return OutputFile(path: outputPath, content: .unchanged, fingerprint: fingerprint)
        }
        return file(outputPath, template, values.encoded, fingerprint: fingerprint)
    }

    /// The file at `path`: `template` rendered with `values`, or `.failed` with the template's error.
    func file(_ path: String, _ template: String, _ values: EncodedValue, fingerprint: UInt64? = nil) -> OutputFile {
        switch html(template, values) {
        case .success(let bytes): OutputFile(path: path, content: .data(Data(bytes)), fingerprint: fingerprint)
        case .failure(let diagnostic): OutputFile(path: path, content: .failed([diagnostic]))
        }
    }

    /// `template` rendered with `values`: the one place that calls the template engine. A template that fails
    /// while rendering (a list shown as text, partials nested too deep) gives its error at the offending tag.
    func html(_ template: String, _ values: EncodedValue) -> Result<[UInt8], Diagnostic> {
        do {
            return .success(try library.renderBytes(template, contexts: [values.value]))
        } catch {
            return .failure(Self.located(error, prefix: "cannot render a page", theme: theme, themePath: themePath))
        }
    }

    /// Pages of a paginated list: `base`, `base` + `page/2/`, ...
    func paginated(
        _ indices: [Int], base: String, context: ContextBuilder, render: (_ path: String, _ posts: [Shared<PostSummary>], _ pagination: Pagination?) -> OutputFile
    ) -> [OutputFile] {
        let perPage = site.config.perPage
        let total = max(1, (indices.count + perPage - 1) / perPage)
        let pagePath = { (number: Int) in number == 1 ? base : "\(base)page/\(number)/" }
        return (1...total).map { number in
            let slice = indices.dropFirst((number - 1) * perPage).prefix(perPage)
            return render(pagePath(number), slice.map { context.listedPosts[$0] },
                          context.pagination(current: number, total: total, pagePath: pagePath))
        }
    }
}
