import Foundation
import Mustache
import PlanetCore
import PlanetTheme

/// The HTML half of the render stage: every page of the site, rendered with the theme's Mustache templates.
public struct SiteRenderer: Sendable {
    let site: Site
    let theme: Theme
    let library: MustacheLibrary
    let strings: InterfaceStrings

    /// Compiles the theme's templates once. Fails with located diagnostics on a template or strings error.
    public static func make(site: Site, theme: Theme, themePath: String) -> (SiteRenderer?, [Diagnostic]) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for (name, text) in theme.templates.sorted(by: { codePointOrder($0.key, $1.key) }) {
            do {
                try library.register(text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    "invalid template: \(error.error)",
                    at: SourceLocation(path: "\(themePath)/templates/\(name).mustache", line: error.context.lineNumber,
                                       column: error.context.columnNumber),
                    excerpt: error.context.line))
            } catch {
                diagnostics.append(.error("invalid template: \(error)", at: SourceLocation(path: "\(themePath)/templates/\(name).mustache")))
            }
        }
        do {
            try library.register("{{#\(itemKey)}}{{>partials/post-item}}{{/\(itemKey)}}", named: itemTemplate)
        } catch {
            diagnostics.append(.error("invalid template: \(error)", at: SourceLocation(path: "\(themePath)/templates/partials/post-item.mustache")))
        }
        for required in ["layout", "home", "post", "author", "authors", "tags", "tag", "hashtags", "hashtag", "page", "404"]
        where library.getTemplate(named: required) == nil && !diagnostics.contains(where: { $0.location.path.hasSuffix("/\(required).mustache") }) {
            diagnostics.append(.error("the theme has no `templates/\(required).mustache`", at: SourceLocation(path: themePath)))
        }
        let strings: InterfaceStrings
        switch InterfaceStrings.load(theme: theme, language: site.config.language) {
        case .success(let loaded): strings = loaded
        case .failure(let diagnostic): return (nil, diagnostics + [diagnostic])
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (SiteRenderer(site: site, theme: theme, library: library, strings: strings), [])
    }

    /// Renders a post summary through `partials/post-item`, once per post: the result is `item_html`.
    static let itemTemplate = "planet-post-item"
    static let itemKey = "planet_post_item"

    /// Every HTML page, `robots.txt`, and the theme's and site's files to copy, sorted by path.
    public func render() -> [OutputFile] {
        var builder = ContextBuilder(site: site, strings: strings)
        builder.setItemHTML(renderItems(builder))
        let context = builder
        var jobs: [RenderJob] = [
            RenderJob { renderHome(context) },
            RenderJob { [renderAuthorsIndex(context), renderTagsIndex(context), renderHashtagsIndex(context), renderNotFound(context)] },
        ]
        jobs += site.authors.map { author in RenderJob { renderAuthor(author, context) } }
        jobs += site.posts.indices.map { index in RenderJob { [renderPost(index, context)] } }
        jobs += site.tags.map { tag in RenderJob { renderTag(tag, context) } }
        jobs += site.hashtags.map { hashtag in RenderJob { renderHashtag(hashtag, context) } }
        jobs += site.pages.map { standalone in RenderJob { [renderPage(standalone, context)] } }
        var files = jobs.parallelMap { $0.run() }.flatMap { $0 }
        files.append(OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(site.config.absoluteURL("/sitemap.xml"))\n"))
        for (path, data) in theme.staticFiles where site.assets[path] == nil {
            files.append(OutputFile(path: path, content: .data(data)))
        }
        for (path, source) in site.assets {
            files.append(OutputFile(path: path, content: .copy(sourcePath: source)))
        }
        return files.sorted { codePointOrder($0.path, $1.path) }
    }

    /// Every post's `partials/post-item`, rendered once with the site-wide values and the post's summary.
    func renderItems(_ context: ContextBuilder) -> [String] {
        let library = library
        return Array(context.postSummaries.indices).parallelMap { index in
            var values = context.base(path: "", heading: "", description: "", feeds: [])
            values[Self.itemKey] = context.postSummaries[index]
            return library.render(values, withTemplate: Self.itemTemplate) ?? ""
        }
    }

    /// One unit of rendering work, run on any core.
    struct RenderJob: Sendable {
        let run: @Sendable () -> [OutputFile]
        init(_ run: @escaping @Sendable () -> [OutputFile]) { self.run = run }
    }

    func page(_ template: String, path: String, _ values: [String: Any]) -> OutputFile {
        let html = library.render(values, withTemplate: template) ?? ""
        return OutputFile(path: OutputFile.htmlPath(forURLPath: path), text: html)
    }

    /// Pages of a paginated list: `base`, `base` + `page/2/`, ...
    func paginated(
        _ indices: [Int], base: String, context: ContextBuilder, render: (_ path: String, _ posts: [[String: Any]], _ pagination: [String: Any]?) -> OutputFile
    ) -> [OutputFile] {
        let perPage = site.config.perPage
        let total = max(1, (indices.count + perPage - 1) / perPage)
        let pagePath = { (number: Int) in number == 1 ? base : "\(base)page/\(number)/" }
        return (1...total).map { number in
            let slice = indices.dropFirst((number - 1) * perPage).prefix(perPage)
            return render(pagePath(number), slice.map { context.postSummaries[$0] },
                          context.pagination(current: number, total: total, pagePath: pagePath))
        }
    }
}
