internal import CLibXML2
import Foundation

/// Reads Atom 1.0 (and 0.3), RSS 2.0 (and 0.9x) and RSS 1.0/RDF feeds with libxml2, in its recover mode, so that
/// slightly broken feeds still give their entries. Any encoding the document declares is honoured; a document that
/// claims UTF-8 (or nothing) but is not is read as Windows-1252, the usual culprit. Relative URLs are resolved
/// against `xml:base` and the feed's URL. The network and external entities are never used.
public enum FeedParser {
    static let atom = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    /// Parses `data`, fetched from `url`.
    public static func parse(_ data: Data, url: String) -> Result<ParsedFeed, FeedParseError> {
        LibXML2.ensureInitialized()
        let (bytes, encoding) = decodable(data)
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = bytes.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), url, encoding, options)
        }
        guard let document else { return .failure(.invalidXML) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return .failure(.invalidXML) }
        let reader = Reader(document: document)
        switch (root.name, root.namespace) {
        case ("feed", atom), ("feed", atom03), ("feed", nil):
            return .success(reader.atomFeed(root))
        case ("rss", _):
            guard let channel = root.children(named: "channel").first else { return .failure(.notAFeed("rss")) }
            return .success(reader.rssFeed(channel: channel, items: channel.children(named: "item"), format: .rss2))
        case ("RDF", rdf):
            let channel = root.children(named: "channel").first
            return .success(reader.rssFeed(channel: channel ?? root, items: root.children(named: "item"), format: .rss1))
        default:
            return .failure(.notAFeed(root.name))
        }
    }

    /// The bytes to parse and the encoding to impose (nil: the document's own declaration).
    static func decodable(_ data: Data) -> (Data, String?) {
        let head = String(decoding: data.prefix(200), as: UTF8.self).lowercased()
        var declared: String?
        if head.hasPrefix("<?xml"), let range = head.range(of: "encoding=") {
            let rest = head[range.upperBound...].dropFirst()
            declared = String(rest.prefix(while: { $0 != "\"" && $0 != "'" }))
        }
        guard declared == nil || declared == "utf-8" || declared == "utf8" else { return (data, nil) }
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) { return (data, nil) }
        if String(data: data, encoding: .utf8) != nil { return (data, "UTF-8") }
        let text = String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
        return (Data(text.utf8), "UTF-8")
    }

    /// Walks one parsed document.
    struct Reader {
        let document: xmlDocPtr

        func atomFeed(_ feed: xmlNodePtr) -> ParsedFeed {
            let entries = feed.children(named: "entry").map { entry -> ParsedFeedEntry in
                var result = ParsedFeedEntry()
                result.id = text(entry.children(named: "id").first)
                result.link = alternateLink(of: entry)
                result.title = plainText(entry.children(named: "title").first)
                result.published = date(entry, ["published", "issued", "created"])
                result.updated = date(entry, ["updated", "modified"])
                result.categories = entry.children(named: "category").compactMap { category in
                    let label = category.attribute("label") ?? category.attribute("term") ?? ""
                    return label.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : label
                }
                result.author = text((entry.children(named: "author").first ?? feed.children(named: "author").first)?.children(named: "name").first)
                result.summaryHTML = atomHTML(entry.children(named: "summary").first)
                result.contentHTML = atomHTML(entry.children(named: "content").first)
                if result.id.isEmpty { result.id = result.link }
                return result
            }
            return ParsedFeed(format: .atom, title: plainText(feed.children(named: "title").first), siteURL: alternateLink(of: feed), entries: entries)
        }

        func rssFeed(channel: xmlNodePtr, items: [xmlNodePtr], format: ParsedFeed.Format) -> ParsedFeed {
            let entries = items.map { item -> ParsedFeedEntry in
                var result = ParsedFeedEntry()
                let about = item.attribute("about", namespace: FeedParser.rdf) ?? ""
                result.id = text(item.children(named: "guid").first)
                result.link = url(item.children(named: "link").first)
                if result.link.isEmpty, let guid = item.children(named: "guid").first, guid.attribute("isPermaLink") != "false" {
                    result.link = url(guid)
                }
                if result.id.isEmpty { result.id = about.isEmpty ? result.link : about }
                result.title = plainText(item.children(named: "title").first)
                result.published = date(item, ["pubDate", "date", "published", "issued"])
                result.updated = date(item, ["updated", "modified"])
                result.categories = (item.children(named: "category") + item.children(named: "subject")).compactMap { node in
                    let value = text(node)
                    return value.isEmpty ? nil : value
                }
                result.author = text(item.children(named: "creator").first ?? item.children(named: "author").first)
                let description = item.children(named: "description").first
                let encoded = item.children(named: "encoded", namespace: FeedParser.content).first
                result.summaryHTML = html(description)
                result.contentHTML = encoded.map(html) ?? result.summaryHTML
                return result
            }
            return ParsedFeed(format: format, title: plainText(channel.children(named: "title").first),
                              siteURL: url(channel.children(named: "link").first), entries: entries)
        }

        /// The text of an element, trimmed; empty when absent.
        func text(_ node: xmlNodePtr?) -> String {
            node?.textContent.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        }

        /// A title as plain text, whether the feed wrote it as text or as HTML.
        func plainText(_ node: xmlNodePtr?) -> String {
            guard let node else { return "" }
            let type = node.attribute("type")?.lowercased()
            let value = type == "html" || type == "xhtml" || type == "text/html" ? HTMLText.plain(atomHTML(node)) : node.textContent
            return value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }

        func date(_ node: xmlNodePtr, _ names: [String]) -> Date? {
            for name in names {
                for child in node.children(named: name) {
                    if let date = FeedDate.parse(child.textContent) { return date }
                }
            }
            return nil
        }

        /// The element's text as a URL resolved against its base.
        func url(_ node: xmlNodePtr?) -> String {
            guard let node else { return "" }
            let value = text(node)
            return value.isEmpty ? "" : HTMLURLResolver.resolve(url: value, against: base(of: node))
        }

        /// The `rel="alternate"` (or rel-less) link of an Atom feed or entry, HTML first, resolved.
        func alternateLink(of node: xmlNodePtr) -> String {
            let links = node.children(named: "link").filter { ($0.attribute("rel") ?? "alternate") == "alternate" && $0.attribute("href") != nil }
            guard let link = links.first(where: { ($0.attribute("type") ?? "text/html").contains("html") }) ?? links.first,
                  let href = link.attribute("href") else { return "" }
            return HTMLURLResolver.resolve(url: href.trimmingCharacters(in: .whitespacesAndNewlines), against: base(of: link))
        }

        /// An Atom text construct as HTML: `html` as given, `xhtml` serialized, `text` escaped; URLs resolved.
        func atomHTML(_ node: xmlNodePtr?) -> String {
            guard let node, node.attribute("src") == nil else { return "" }
            let type = node.attribute("type")?.lowercased() ?? "text"
            let markup: String
            switch type {
            case "html", "text/html", "escaped":
                markup = node.textContent
            case "xhtml", "application/xhtml+xml":
                let container = node.childList.first { $0.isElement && $0.name == "div" } ?? node
                markup = container.childList.map(serialized).joined()
            default:
                markup = node.attribute("mode") == "escaped" ? node.textContent : HTMLText.escaped(node.textContent)
            }
            return resolved(markup, node)
        }

        /// An RSS element holding HTML (escaped or in CDATA), with its URLs resolved.
        func html(_ node: xmlNodePtr?) -> String {
            guard let node else { return "" }
            return resolved(node.textContent, node)
        }

        func resolved(_ markup: String, _ node: xmlNodePtr) -> String {
            let trimmed = markup.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? "" : HTMLURLResolver.resolve(trimmed, against: base(of: node))
        }

        /// The base URL in effect at `node`: its `xml:base`, its ancestors', then the feed's URL.
        func base(of node: xmlNodePtr) -> String {
            guard let value = xmlNodeGetBase(document, node) else { return "" }
            defer { planet_xml_free(value) }
            return String(cString: value)
        }

        func serialized(_ node: xmlNodePtr) -> String {
            guard let buffer = xmlBufferCreate() else { return "" }
            defer { xmlBufferFree(buffer) }
            xmlNodeDump(buffer, document, node, 0, 0)
            guard let content = xmlBufferContent(buffer) else { return "" }
            return String(cString: content)
        }
    }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// The namespace URI of an element, nil when it has none.
    var namespace: String? {
        pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    }

    /// Child elements with this local name, in any namespace unless one is given.
    func children(named localName: String, namespace: String? = nil) -> [xmlNodePtr] {
        childList.filter { $0.isElement && $0.name == localName && (namespace == nil || $0.namespace == namespace) }
    }

    func attribute(_ name: String, namespace: String) -> String? {
        guard let value = xmlGetNsProp(self, name, namespace) else { return nil }
        defer { planet_xml_free(value) }
        return String(cString: value)
    }
}
