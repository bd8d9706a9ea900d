import Foundation
import PlanetCore
import PlanetXML

/// `/opml.xml` (OPML 2.0): for each member, their feed on the site and the feeds of their outside blogs,
/// so that a reader can follow the whole community in one go.
public enum OPML {
    public static func render(site: Site) -> String {
        let config = site.config
        var blogNames: [String: String] = [:]
        for post in site.posts {
            if let origin = post.origin, blogNames[origin.feedURL] == nil { blogNames[origin.feedURL] = origin.blogName }
        }
        let writer = XMLWriter()
        writer.startElement("opml")
        writer.attribute("version", "2.0")
        writer.startElement("head")
        writer.element("title", config.title)
        writer.endElement()
        writer.startElement("body")
        for author in site.authors {
            writer.startElement("outline")
            writer.attribute("text", author.name)
            outline(writer, text: "\(author.name) · \(config.title)", feed: config.absoluteURL("/\(author.id)/atom.xml"),
                    page: config.absoluteURL("/\(author.id)/"))
            for feed in author.feeds {
                let name = feed.name.isEmpty ? blogNames[feed.url] ?? URLComponents(string: feed.url)?.host ?? feed.url : feed.name
                outline(writer, text: name, feed: feed.url, page: site.posts.first { $0.origin?.feedURL == feed.url }?.origin?.blogURL ?? "")
            }
            writer.endElement()
        }
        writer.endElement()
        writer.endElement()
        return writer.finish()
    }

    private static func outline(_ writer: XMLWriter, text: String, feed: String, page: String) {
        writer.startElement("outline")
        writer.attribute("type", "rss")
        writer.attribute("text", text)
        writer.attribute("xmlUrl", feed)
        if !page.isEmpty { writer.attribute("htmlUrl", page) }
        writer.endElement()
    }
}
