import PlanetCore

/// The XML half of the render stage: the site's Atom feeds and its sitemap.
public enum FeedRenderer {
    /// `/atom.xml`, `/<author>/atom.xml`, `/tags/<tag>/atom.xml`, `/hashtags/<hashtag>/atom.xml`,
    /// the comment feeds and `/sitemap.xml`.
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
        files += commentFeeds(site: site)
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.render(site: site)))
        return files
    }

    /// `/comments.xml`, and `/<author>/<slug>/comments.xml` for every post open to comments.
    static func commentFeeds(site: Site) -> [OutputFile] {
        let title = site.config.title
        var all: [(Comment, Post)] = []
        var files: [OutputFile] = []
        for post in site.posts {
            let comments = (site.commentsByPost[post.path] ?? []).map { ($0, post) }
            all += comments
            guard post.commentsOpen else { continue }
            files.append(OutputFile(path: String(post.path.dropFirst()) + "comments.xml", text: CommentFeed.render(
                site: site, title: "\(post.title) · \(title)", path: post.path + "comments.xml", pagePath: post.path,
                comments: comments.reversed())))
        }
        all.sort { $0.0.date != $1.0.date ? $0.0.date > $1.0.date : codePointOrder($0.1.path + $0.0.id, $1.1.path + $1.0.id) }
        files.append(OutputFile(path: "comments.xml", text: CommentFeed.render(
            site: site, title: title, path: "/comments.xml", pagePath: "/", comments: all)))
        return files
    }
}
