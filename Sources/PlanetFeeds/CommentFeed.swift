import Foundation
import PlanetCore
import PlanetXML

/// Atom feeds of comments: a post's (`/<author>/<slug>/comments.xml`) and the whole site's latest
/// (`/comments.xml`). Entries link to the comment's anchor on the post's page.
public enum CommentFeed {
    /// A comment in a feed, with the post it belongs to and its HTML made absolute.
    struct Entry: Sendable {
        let comment: Comment
        let post: Post
        let html: String
    }

    /// `entries` newest first, cut to `feed_entries`.
    static func render(site: Site, title: String, path: String, pagePath: String, entries: [Entry]) -> String {
        let config = site.config
        let entries = entries.prefix(config.feedEntries)
        let writer = XMLWriter()
        AtomFeed.startFeed(writer, config: config, title: title, subtitle: "", path: path, pagePath: pagePath,
                           updated: entries.map(\.comment.date).max())
        for entry in entries {
            let (comment, post) = (entry.comment, entry.post)
            let postURL = config.absoluteURL(post.path)
            writer.startElement("entry")
            writer.element("id", "tag:\(config.host),\(RFC3339.day(comment.date)):\(post.path)comment-\(comment.id)")
            writer.element("title", "\(comment.authorName) · \(post.title)", attributes: ["type": "text"])
            writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": "\(postURL)#comment-\(comment.id)"])
            writer.element("published", RFC3339.string(comment.date))
            writer.element("updated", RFC3339.string(comment.date))
            writer.startElement("author")
            writer.element("name", comment.authorName)
            if let member = comment.memberID {
                writer.element("uri", config.absoluteURL("/\(member)/"))
            } else if !comment.website.isEmpty {
                writer.element("uri", comment.website)
            }
            writer.endElement()
            writer.element("content", entry.html, attributes: ["type": "html"])
            writer.endElement()
        }
        writer.endElement()
        return writer.finish()
    }
}
