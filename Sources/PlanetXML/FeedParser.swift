internal import CLibXML2
import Foundation

/// Reads Atom 1.0 (and 0.3), RSS 2.0 (and 0.9x, with or without `<channel>`), RSS 1.0/RDF and CDF feeds with libxml2, in
/// its recover mode, so that slightly broken feeds still give their entries. The bytes are first made UTF-8 in the
/// encoding `FeedEncoding` decides (RFC 7303's order, WHATWG's labels), and the references XML does not know (HTML
/// named entities, bare `&`) are repaired by `XMLEntityRepair`. Relative URLs are resolved against `xml:base` and the
/// feed's URL. The network and external entities are never used.
public enum FeedParser {
    static let atom = "http://www.w3.org/2005/Atom"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let xhtml = "http://www.w3.org/1999/xhtml"

    /// Parses `data`, fetched from `url` and served with the HTTP `Content-Type` `contentType`, if known.
    public static func parse(_ data: Data, url: String, contentType: String? = nil) -> Result<ParsedFeed, FeedParseError> {
        LibXML2.ensureInitialized()
        let encoding = FeedEncoding.decide(data, contentType: contentType)
        let bytes = XMLEntityRepair.repaired(FeedTranscoder.utf8(data, encoding: encoding))
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
        let document = bytes.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), url, "UTF-8", options)
        }
        guard let document else { return .failure(.invalidXML) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return .failure(.invalidXML) }
        let reader = FeedReader(document: document)
        var feed: ParsedFeed
        switch (root.name, root.namespace) {
        case ("feed", _):
            feed = reader.atomFeed(root)
        case ("rss", _):
            let channel = root.children(named: "channel").first
            let items = (channel?.children(named: "item") ?? []) + root.children(named: "item")
            feed = reader.rssFeed(channel: channel ?? root, items: items, format: .rss2)
        case ("RDF", rdf):
            let channel = root.children(named: "channel").first
            let items = root.children(named: "item") + (channel?.children(named: "item") ?? [])
            feed = reader.rssFeed(channel: channel ?? root, items: items, format: .rss1)
        case ("CHANNEL", nil):
            feed = reader.cdfFeed(root)
        default:
            return .failure(.notAFeed(root.name))
        }
        feed.encoding = encoding.name
        return .success(feed)
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

    /// Child elements with this local name in the element's own vocabulary (its namespace, or none); when there is
    /// none, those of any namespace (`media:title`, `dc:description`...).
    func ownChildren(named localName: String) -> [xmlNodePtr] {
        let all = children(named: localName)
        let own = all.filter { $0.namespace == nil || $0.namespace == namespace }
        return own.isEmpty ? all : own
    }

    func attribute(_ name: String, namespace: String) -> String? {
        guard let value = xmlGetNsProp(self, name, namespace) else { return nil }
        defer { planet_xml_free(value) }
        return String(cString: value)
    }
}
