import Foundation
import PlanetCore
import PlanetLoad
import PlanetXML

/// The parse stage: every file of a `SiteInput` read into model values, on every core.
/// A file with errors is left out; its diagnostics say why.
public enum SiteParser {
    /// `baseURL`, when given, replaces the configured `base_url` (see `ConfigParser.parse`).
    public static func parse(_ input: SiteInput, baseURL: String? = nil) -> (SiteContent?, [Diagnostic]) {
        let (parsedConfig, configDiagnostics) = ConfigParser.parse(input.config, baseURL: baseURL)
        guard let config = parsedConfig else { return (nil, configDiagnostics) }
        var diagnostics = configDiagnostics

        var authors: [Author] = []
        var postJobs: [(PostSource, String)] = []
        for folder in input.authors {
            let (author, authorDiagnostics) = AuthorParser.parse(folder)
            diagnostics += authorDiagnostics
            if let author { authors.append(author) }
            postJobs += folder.posts.map { ($0, folder.id) }
        }
        let postResults = postJobs.parallelMap { PostParser.parse($0.0, authorID: $0.1, config: config) }
        let commentResults = input.comments.parallelMap { CommentParser.parse($0, config: config) }
        let pageResults = input.pages.map { PageParser.parse($0, config: config) }
        diagnostics += postResults.flatMap(\.1) + commentResults.flatMap(\.1) + pageResults.flatMap(\.1)

        var refused: Set<String> = []
        for svg in input.memberSVGs {
            let problems = SVGCheck.problems(in: svg.bytes)
            guard !problems.isEmpty else { continue }
            refused.insert(svg.path)
            diagnostics.append(.error(
                "unsafe SVG, not published: it holds \(problems.prefix(3).joined(separator: ", ")); a member's image may hold no script, event handler or outside resource",
                at: SourceLocation(path: svg.path)))
        }
        let outside = outsidePosts(input, authors: authors, config: config)
        diagnostics += outside.1
        var content = SiteContent(
            config: config, authors: authors, posts: postResults.compactMap(\.0),
            comments: commentResults.compactMap(\.0), pages: pageResults.compactMap(\.0),
            staticFiles: input.staticFiles)
        content.refusedFiles = refused
        content.outsidePosts = outside.0
        return (content, diagnostics)
    }

    /// The entries of every member's outside feeds, from the feed cache; a listed feed without a cache is a warning.
    static func outsidePosts(_ input: SiteInput, authors: [Author], config: SiteConfig) -> ([Post], [Diagnostic]) {
        let caches = Dictionary(input.feedCaches.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let images = Set(input.feedImages)
        var jobs: [(SourceFile, String, FeedSubscription)] = []
        var diagnostics: [Diagnostic] = []
        for author in authors {
            for subscription in author.feeds {
                let path = "\(SiteLayout.feedCacheFolder)/\(author.id)/\(subscription.cacheName)"
                if let file = caches[path] {
                    jobs.append((file, author.id, subscription))
                } else {
                    diagnostics.append(.warning(
                        "feed \(subscription.url) is not fetched yet: run `planet fetch` (its entries are left out)",
                        at: SourceLocation(path: author.sourcePath)))
                }
            }
        }
        let results = jobs.parallelMap { OutsideEntryParser.parse($0.0, authorID: $0.1, subscription: $0.2, images: images, config: config) }
        return (results.flatMap(\.0), diagnostics + results.flatMap(\.1))
    }
}
