import Foundation
import PlanetCore

extension FeedEntry {
    /// A post's entry: its `tag:` id, links (to the original first for an outside entry), author, tags as
    /// categories, summary, content and source.
    init(post: Post, site: Site) {
        let config = site.config
        let url = config.absoluteURL(post.path)
        let links: [FeedLink] = if let origin = post.origin, !origin.entryURL.isEmpty {
            [FeedLink(rel: "alternate", type: "text/html", href: origin.entryURL), FeedLink(rel: "related", type: "text/html", href: url)]
        } else {
            [FeedLink(rel: "alternate", type: "text/html", href: url)]
        }
        self.init(
            id: AtomFeed.entryID(post, host: config.host), title: post.title, links: links, published: RFC3339.string(post.date),
            updated: RFC3339.string(post.lastModified),
            author: FeedAuthor(name: site.author(post.authorID)?.name ?? post.authorID, uri: config.absoluteURL("/\(post.authorID)/")),
            categories: post.tags.compactMap { name in
                site.tag(named: name).map { FeedCategory(term: $0.slug, scheme: config.absoluteURL("/tags/"), label: $0.name) }
            },
            summary: post.summary, content: FeedHTML(html: post.contentHTML, base: url),
            source: post.origin.map { FeedSource(feedURL: $0.feedURL, title: $0.blogName, blogURL: $0.blogURL) })
    }

    /// A comment's entry, linking to its anchor on the post's page.
    init(comment: Comment, post: Post, config: SiteConfig) {
        let postURL = config.absoluteURL(post.path)
        let uri: String? = if let member = comment.memberID {
            config.absoluteURL("/\(member)/")
        } else {
            comment.website.isEmpty ? nil : comment.website
        }
        self.init(
            id: "tag:\(config.host),\(RFC3339.day(comment.date)):\(post.path)comment-\(comment.id)",
            title: "\(comment.authorName) · \(post.title)",
            links: [FeedLink(rel: "alternate", type: "text/html", href: "\(postURL)#comment-\(comment.id)")],
            published: RFC3339.string(comment.date), updated: RFC3339.string(comment.date),
            author: FeedAuthor(name: comment.authorName, uri: uri), categories: [], summary: "",
            content: FeedHTML(html: comment.contentHTML, base: postURL), source: nil)
    }
}
