import PlanetCore

/// The XML half of the render stage: the site's Atom feeds and its sitemap.
public enum FeedRenderer {
    /// `/atom.xml`, `/<author>/atom.xml`, `/tags/<tag>/atom.xml`, `/hashtags/<hashtag>/atom.xml`,
    /// the comment feeds and `/sitemap.xml`.
    public static func render(site: Site) -> [OutputFile] {
        let title = site.config.title
        var feeds = [FeedSpec(title: title, pagePath: "/", postIndices: site.river)]
        feeds += site.authors.map {
            FeedSpec(title: "\($0.name) · \(title)", pagePath: "/\($0.id)/", postIndices: site.postsByAuthor[$0.id] ?? [])
        }
        feeds += site.tags.map { FeedSpec(title: "\($0.name) · \(title)", pagePath: $0.path, postIndices: $0.postIndices) }
        feeds += site.hashtags.map { FeedSpec(title: "#\($0.name) · \(title)", pagePath: $0.path, postIndices: $0.postIndices) }
        let content = FeedContent(site: site)
        var files = feeds.parallelMap { feed in
            let path = feed.pagePath + "atom.xml"
            let entries = feed.postIndices.prefix(site.config.feedEntries).map { (site.posts[$0], content.posts[$0]) }
            return OutputFile(path: String(path.dropFirst()), text: AtomFeed.render(
                site: site, title: feed.title, path: path, pagePath: feed.pagePath, entries: entries))
        }
        files += commentFeeds(site: site, content: content)
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.render(site: site)))
        files.append(OutputFile(path: "opml.xml", text: OPML.render(site: site)))
        return files
    }

    /// `/comments.xml`, and `/<author>/<slug>/comments.xml` for every post open to comments.
    static func commentFeeds(site: Site, content: FeedContent) -> [OutputFile] {
        let title = site.config.title
        let threads = site.posts.map { post in
            zip(site.commentsByPost[post.path] ?? [], content.comments[post.path] ?? []).map { CommentFeed.Entry(comment: $0, post: post, html: $1) }
        }
        var files = site.posts.indices.filter { site.posts[$0].commentsOpen }.parallelMap { index in
            let post = site.posts[index]
            return OutputFile(path: String(post.path.dropFirst()) + "comments.xml", text: CommentFeed.render(
                site: site, title: "\(post.title) · \(title)", path: post.path + "comments.xml", pagePath: post.path,
                entries: threads[index].reversed()))
        }
        let all = threads.joined().sorted {
            $0.comment.date != $1.comment.date ? $0.comment.date > $1.comment.date
                : codePointOrder($0.post.path + $0.comment.id, $1.post.path + $1.comment.id)
        }
        files.append(OutputFile(path: "comments.xml", text: CommentFeed.render(
            site: site, title: title, path: "/comments.xml", pagePath: "/", entries: all)))
        return files
    }
}
