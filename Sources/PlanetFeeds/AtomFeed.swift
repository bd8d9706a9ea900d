import Foundation
import PlanetCore
import PlanetXML

/// Writes RFC 4287 Atom feeds with libxml2's writer. Every URL in a feed is absolute, every entry has an
/// author, a stable `tag:` id and the full content, and no date comes from the build's clock.
public enum AtomFeed {
    static let namespace = "http://www.w3.org/2005/Atom"

    /// `document`, with `contents` the HTML of its entries (by index) with their URLs made absolute.
    static func render(_ document: FeedDocument, contents: [String]) -> String {
        let writer = XMLWriter()
        writer.startElement("feed", namespace: namespace)
        writer.attribute("xml:lang", document.lang)
        writer.element("id", document.id)
        writer.element("title", document.title)
        if !document.subtitle.isEmpty { writer.element("subtitle", document.subtitle) }
        writer.element("updated", document.updated)
        writer.element("link", attributes: ["rel": "self", "type": "application/atom+xml", "href": document.selfURL])
        writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": document.alternateURL])
        writer.element("generator", "planet")
        for (entry, content) in zip(document.entries, contents) { writeEntry(entry.value, content: content, writer: writer) }
        writer.endElement()
        return writer.finish()
    }

    static func writeEntry(_ entry: FeedEntry, content: String, writer: XMLWriter) {
        writer.startElement("entry")
        writer.element("id", entry.id)
        writer.element("title", entry.title, attributes: ["type": "text"])
        for link in entry.links { write(link, writer: writer) }
        writer.element("published", entry.published)
        writer.element("updated", entry.updated)
        writer.startElement("author")
        writer.element("name", entry.author.name)
        if let uri = entry.author.uri { writer.element("uri", uri) }
        writer.endElement()
        for category in entry.categories {
            writer.element("category", attributes: ["term": category.term, "scheme": category.scheme, "label": category.label])
        }
        if !entry.summary.isEmpty { writer.element("summary", entry.summary, attributes: ["type": "text"]) }
        writer.element("content", content, attributes: ["type": "html"])
        if let source = entry.source {
            writer.startElement("source")
            writer.element("id", source.feedURL)
            writer.element("title", source.title, attributes: ["type": "text"])
            writer.element("link", attributes: ["rel": "self", "href": source.feedURL])
            if !source.blogURL.isEmpty { writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": source.blogURL]) }
            writer.endElement()
        }
        writer.endElement()
    }

    private static func write(_ link: FeedLink, writer: XMLWriter) {
        writer.startElement("link")
        writer.attribute("rel", link.rel)
        if let type = link.type { writer.attribute("type", type) }
        writer.attribute("href", link.href)
        writer.endElement()
    }

    /// `tag:<host>,<first publication day>:/<author>/<slug>` (RFC 4151): the same for the life of the post.
    public static func entryID(_ post: Post, host: String) -> String {
        "tag:\(host),\(RFC3339.day(post.date)):/\(post.authorID)/\(post.slug)"
    }
}
