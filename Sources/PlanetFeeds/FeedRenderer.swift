import PlanetCore

/// The XML half of the render stage: the site's Atom feeds and its sitemap.
public enum FeedRenderer {
    /// `/atom.xml`, `/<author>/atom.xml`, `/tags/<tag>/atom.xml` and `/sitemap.xml`.
    public static func render(site: Site) -> [OutputFile] {
        let title = site.config.title
        var feeds = [FeedSpec(title: title, pagePath: "/", postIndices: Array(site.posts.indices))]
        feeds += site.authors.map {
            FeedSpec(title: "\($0.name) · \(title)", pagePath: "/\($0.id)/", postIndices: site.postsByAuthor[$0.id] ?? [])
        }
        feeds += site.tags.map { FeedSpec(title: "\($0.name) · \(title)", pagePath: $0.path, postIndices: $0.postIndices) }
        feeds += site.hashtags.map { FeedSpec(title: "#\($0.name) · \(title)", pagePath: $0.path, postIndices: $0.postIndices) }
        var files = feeds.parallelMap { feed in
            let path = feed.pagePath + "atom.xml"
            let posts = feed.postIndices.prefix(site.config.feedEntries).map { site.posts[$0] }
            return OutputFile(path: String(path.dropFirst()), text: AtomFeed.render(
                site: site, title: feed.title, path: path, pagePath: feed.pagePath, posts: posts))
        }
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.render(site: site)))
        return files
    }
}
