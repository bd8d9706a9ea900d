import Foundation
import PlanetCore
import PlanetXML

/// Writes RFC 4287 Atom feeds with libxml2's writer. Every URL in a feed is absolute, every entry has an
/// author, a stable `tag:` id and the post's full content, and no date comes from the build's clock.
public enum AtomFeed {
    static let namespace = "http://www.w3.org/2005/Atom"

    /// A feed of posts (already newest first; cut to `feed_entries`), each with its HTML made absolute.
    /// `path` is the feed's own path (`/alice/atom.xml`), `pagePath` the page it mirrors (`/alice/`).
    static func render(site: Site, title: String, path: String, pagePath: String, entries: [(Post, String)]) -> String {
        let config = site.config
        let entries = entries.prefix(config.feedEntries)
        let writer = XMLWriter()
        startFeed(writer, config: config, title: title, subtitle: config.description, path: path, pagePath: pagePath,
                  updated: entries.map(\.0.lastModified).max())
        for (post, html) in entries { writeEntry(post, html: html, site: site, writer: writer) }
        writer.endElement()
        return writer.finish()
    }

    /// Opens `<feed>` and writes what every feed of the site has: id, title, subtitle, updated (the newest
    /// entry's, or the epoch for an empty feed), self and alternate links, generator.
    static func startFeed(_ writer: XMLWriter, config: SiteConfig, title: String, subtitle: String, path: String,
                          pagePath: String, updated: Date?) {
        writer.startElement("feed", namespace: namespace)
        writer.attribute("xml:lang", config.language)
        writer.element("id", config.absoluteURL(path))
        writer.element("title", title)
        if !subtitle.isEmpty { writer.element("subtitle", subtitle) }
        writer.element("updated", RFC3339.string(updated ?? Date(timeIntervalSince1970: 0)))
        writer.element("link", attributes: ["rel": "self", "type": "application/atom+xml", "href": config.absoluteURL(path)])
        writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": config.absoluteURL(pagePath)])
        writer.element("generator", "planet")
    }

    static func writeEntry(_ post: Post, html: String, site: Site, writer: XMLWriter) {
        let config = site.config
        let url = config.absoluteURL(post.path)
        writer.startElement("entry")
        writer.element("id", entryID(post, host: config.host))
        writer.element("title", post.title, attributes: ["type": "text"])
        if let origin = post.origin, !origin.entryURL.isEmpty {
            writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": origin.entryURL])
            writer.element("link", attributes: ["rel": "related", "type": "text/html", "href": url])
        } else {
            writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": url])
        }
        writer.element("published", RFC3339.string(post.date))
        writer.element("updated", RFC3339.string(post.lastModified))
        writer.startElement("author")
        writer.element("name", site.author(post.authorID)?.name ?? post.authorID)
        writer.element("uri", config.absoluteURL("/\(post.authorID)/"))
        writer.endElement()
        for name in post.tags {
            guard let tag = site.tag(named: name) else { continue }
            writer.element("category", attributes: ["term": tag.slug, "scheme": config.absoluteURL("/tags/"), "label": tag.name])
        }
        if !post.summary.isEmpty { writer.element("summary", post.summary, attributes: ["type": "text"]) }
        writer.element("content", html, attributes: ["type": "html"])
        if let origin = post.origin { writeSource(origin, writer: writer) }
        writer.endElement()
    }

    /// `atom:source` (RFC 4287, 4.2.11): the outside blog an entry was first published on.
    static func writeSource(_ origin: PostOrigin, writer: XMLWriter) {
        writer.startElement("source")
        writer.element("id", origin.feedURL)
        writer.element("title", origin.blogName, attributes: ["type": "text"])
        writer.element("link", attributes: ["rel": "self", "href": origin.feedURL])
        if !origin.blogURL.isEmpty { writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": origin.blogURL]) }
        writer.endElement()
    }

    /// `tag:<host>,<first publication day>:/<author>/<slug>` (RFC 4151): the same for the life of the post.
    public static func entryID(_ post: Post, host: String) -> String {
        "tag:\(host),\(RFC3339.day(post.date)):/\(post.authorID)/\(post.slug)"
    }
}
