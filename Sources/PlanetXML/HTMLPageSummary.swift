internal import CLibXML2
import Foundation

/// What a web page says for a webmention, read with libxml2's HTML parser: the URLs it links to or embeds, its
/// `<base href>`, `<title>` and first paragraph, and its first microformats2 `h-entry`. Texts are plain, white
/// space collapsed, without scripts and styles.
public struct HTMLPageSummary: Sendable, Hashable {
    /// `<base href>` as written, when the page sets one.
    public var baseHref: String?
    /// The URLs the page links to or embeds (`href` of `a` and `area`; `src` of `img`, `audio`, `video`, `source`,
    /// `track`, `iframe` and `embed`; `data` of `object`; `cite` of `blockquote`, `q`, `ins` and `del`), as written, in
    /// document order.
    public var links: [String]
    /// The text of `<title>`; empty when there is none.
    public var title: String
    /// The text of the first `<p>` that has any; empty when there is none.
    public var firstParagraph: String
    /// The first `h-entry`, when the page marks one up.
    public var entry: HTMLEntry?

    public init(baseHref: String? = nil, links: [String] = [], title: String = "", firstParagraph: String = "", entry: HTMLEntry? = nil) {
        self.baseHref = baseHref
        self.links = links
        self.title = title
        self.firstParagraph = firstParagraph
        self.entry = entry
    }

    /// Reads a whole HTML document from its bytes, in the encoding its byte order mark or the HTTP `Content-Type`'s
    /// charset names, else UTF-8 (with stray bytes read as Windows-1252, as `FeedTranscoder` does); a `<meta
    /// charset>` is not read.
    public static func read(_ data: Data, contentType: String?) -> HTMLPageSummary {
        let utf8 = FeedTranscoder.utf8(data, encoding: FeedEncoding.decide(data, contentType: contentType))
        return read(String(decoding: utf8, as: UTF8.self))
    }

    /// Reads a whole HTML document.
    public static func read(_ html: String) -> HTMLPageSummary {
        var summary = HTMLPageSummary()
        let tree = HTMLTree(document: html)
        if let root = tree.root { summary.collect(under: root) }
        return summary
    }

    /// The attribute that carries a link on each element that has one.
    private static let linkAttributes: [String: String] = [
        "a": "href", "area": "href", "img": "src", "audio": "src", "video": "src", "source": "src", "track": "src",
        "iframe": "src", "embed": "src", "object": "data", "blockquote": "cite", "q": "cite", "ins": "cite", "del": "cite",
    ]

    private mutating func collect(under node: xmlNodePtr) {
        for child in node.childList where child.isElement {
            let name = child.name
            if let attribute = Self.linkAttributes[name], let value = child.attribute(attribute) { links.append(value) }
            switch name {
            case "base" where baseHref == nil: baseHref = child.attribute("href")
            case "title" where title.isEmpty: title = HTMLText.plain(node: child)
            case "p" where firstParagraph.isEmpty: firstParagraph = HTMLText.plain(node: child)
            default: break
            }
            if entry == nil, HTMLEntry.classes(of: child).contains("h-entry") { entry = HTMLEntry(element: child) }
            collect(under: child)
        }
    }
}
