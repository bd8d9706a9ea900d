internal import CLibXML2
import Foundation

/// Walks one parsed feed document into a `ParsedFeed`. An element's own children (`title`, not `media:title`) come
/// first. Titles are plain text: an HTML title (Atom `type="html"`, or an RSS title that looks like HTML) loses its
/// tags and the contents of its scripts and styles. Atom 0.3's `mode="base64"` is decoded.
struct FeedReader {
    let document: xmlDocPtr

    func atomFeed(_ feed: xmlNodePtr) -> ParsedFeed {
        let entries = (feed.children(named: "entry") + feed.children(named: "item")).map { entry -> ParsedFeedEntry in
            var result = ParsedFeedEntry()
            result.id = text(entry.ownChildren(named: "id").first)
            result.link = alternateLink(of: entry)
            result.title = plainText(entry.ownChildren(named: "title").first, guessingHTML: false)
            result.published = date(entry, ["published", "issued", "created"])
            result.updated = date(entry, ["updated", "modified"])
            result.categories = entry.children(named: "category").compactMap { category in
                let label = category.attribute("label") ?? category.attribute("term") ?? ""
                return label.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : label
            }
            let author = entry.ownChildren(named: "author").first ?? feed.ownChildren(named: "author").first
            result.author = text(author?.ownChildren(named: "name").first)
            result.summaryHTML = atomHTML(entry.ownChildren(named: "summary").first)
            result.contentHTML = atomHTML(entry.ownChildren(named: "content").first)
            if result.id.isEmpty { result.id = result.link }
            return result
        }
        return ParsedFeed(format: .atom, title: plainText(feed.ownChildren(named: "title").first, guessingHTML: false),
                          siteURL: alternateLink(of: feed), entries: entries)
    }

    func rssFeed(channel: xmlNodePtr, items: [xmlNodePtr], format: ParsedFeed.Format) -> ParsedFeed {
        let entries = items.map { item -> ParsedFeedEntry in
            var result = ParsedFeedEntry()
            let about = item.attribute("about", namespace: FeedParser.rdf) ?? ""
            let guid = item.ownChildren(named: "guid").first
            result.id = text(guid)
            result.link = rssLink(of: item)
            if result.link.isEmpty, let guid, guid.attribute("isPermaLink") != "false", URL(string: text(guid)) != nil {
                result.link = url(guid)
            }
            if result.id.isEmpty { result.id = about.isEmpty ? result.link : about }
            result.title = plainText(item.ownChildren(named: "title").first, guessingHTML: true)
            result.published = date(item, ["pubDate", "date", "published", "issued", "created"])
            result.updated = date(item, ["updated", "modified"])
            result.categories = (item.children(named: "category") + item.children(named: "subject")).compactMap { node in
                let value = text(node)
                return value.isEmpty ? nil : value
            }
            result.author = text(item.children(named: "creator").first ?? item.ownChildren(named: "author").first)
            let description = item.ownChildren(named: "description").first
            result.summaryHTML = html(description)
            if let encoded = item.children(named: "encoded", namespace: FeedParser.content).first {
                result.contentHTML = html(encoded)
            } else if let body = item.children(named: "body", namespace: FeedParser.xhtml).first {
                result.contentHTML = resolved(body.childList.map(serialized).joined(), body)
            } else {
                result.contentHTML = result.summaryHTML
            }
            return result
        }
        return ParsedFeed(format: format, title: plainText(channel.ownChildren(named: "title").first, guessingHTML: true),
                          siteURL: rssLink(of: channel), entries: entries)
    }

    /// A CDF channel: `ITEM`s with their `HREF` (against the channel's `BASE`), `TITLE`, `ABSTRACT` and `LASTMOD`.
    func cdfFeed(_ channel: xmlNodePtr) -> ParsedFeed {
        let channelBase = channel.attribute("BASE").map { HTMLURLResolver.resolve(url: $0, against: base(of: channel)) }
        let entries = channel.children(named: "ITEM").map { item -> ParsedFeedEntry in
            var result = ParsedFeedEntry()
            if let href = item.attribute("HREF")?.trimmingCharacters(in: .whitespacesAndNewlines), !href.isEmpty {
                result.link = HTMLURLResolver.resolve(url: href, against: channelBase ?? base(of: item))
            }
            result.id = result.link
            result.title = plainText(item.children(named: "TITLE").first, guessingHTML: true)
            result.updated = item.attribute("LASTMOD").flatMap(FeedDate.parse)
            result.summaryHTML = html(item.children(named: "ABSTRACT").first)
            result.contentHTML = result.summaryHTML
            return result
        }
        let href = channel.attribute("HREF").map { HTMLURLResolver.resolve(url: $0, against: base(of: channel)) } ?? ""
        return ParsedFeed(format: .cdf, title: plainText(channel.children(named: "TITLE").first, guessingHTML: true), siteURL: href,
                          entries: entries)
    }

    /// The text of an element, trimmed; empty when absent.
    func text(_ node: xmlNodePtr?) -> String {
        node?.textContent.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// A title as plain text, whether the feed wrote it as text or as HTML. RSS says neither, so an RSS title is read
    /// as HTML when it looks like HTML (`guessingHTML`): when it holds an end tag or a character reference.
    func plainText(_ node: xmlNodePtr?, guessingHTML: Bool) -> String {
        guard let node else { return "" }
        let type = node.attribute("type")?.lowercased() ?? ""
        let value: String
        if Self.htmlTypes.contains(type) || Self.xhtmlTypes.contains(type) {
            value = HTMLText.plain(atomHTML(node))
        } else if Self.isBase64(node) {
            value = Self.base64Text(node.textContent)
        } else if guessingHTML, Self.looksLikeHTML(node.textContent) {
            value = HTMLText.plain(HTMLEntities.readableByLibXML2(node.textContent))
        } else {
            value = node.textContent
        }
        return Self.collapsingWhitespace(value)
    }

    /// Runs of whitespace as one space, trimmed. Scalars, not characters: a joiner after a space (`&zwj;`) stays.
    /// No-break spaces are kept, as French typography needs them (`« Bonjour »`).
    static func collapsingWhitespace(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace, !noBreakSpaces.contains(scalar) {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static let noBreakSpaces: Set<Unicode.Scalar> = ["\u{A0}", "\u{2007}", "\u{202F}"]

    /// Atom 0.3's `mode="base64"`, or an Atom 1.0 type that is neither text nor XML (RFC 4287, 3.1.1.3).
    static func isBase64(_ node: xmlNodePtr) -> Bool {
        if node.attribute("mode")?.lowercased() == "base64" { return true }
        let type = node.attribute("type")?.lowercased() ?? "text"
        return type.contains("/") && !type.hasPrefix("text/") && !type.hasSuffix("/xml") && !type.hasSuffix("+xml")
    }

    static let htmlTypes: Set<String> = ["html", "text/html", "escaped"]
    static let xhtmlTypes: Set<String> = ["xhtml", "application/xhtml+xml"]

    /// Holds an end tag (`</b>`) or a character reference (`&amp;`, `&#233;`).
    static func looksLikeHTML(_ text: String) -> Bool {
        text.range(of: "</[A-Za-z][A-Za-z0-9]*\\s*>", options: .regularExpression) != nil
            || text.range(of: "&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);", options: .regularExpression) != nil
    }

    /// Base64 text decoded as UTF-8 (stray bytes read as Windows-1252); the text itself when it is not base64.
    static func base64Text(_ text: String) -> String {
        let compact = text.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: compact, options: .ignoreUnknownCharacters) else { return text }
        return FeedTranscoder.repairedUTF8([UInt8](data))
    }

    /// The first of `names` that gives a date; of several elements of that name, the last, as feedparser reads them.
    func date(_ node: xmlNodePtr, _ names: [String]) -> Date? {
        for name in names {
            for child in node.children(named: name).reversed() {
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

    /// An RSS channel's or item's link: its own `link`'s text, else an Atom `link`'s `href`.
    func rssLink(of node: xmlNodePtr) -> String {
        for link in node.ownChildren(named: "link") {
            let value = link.namespace == FeedParser.atom ? "" : url(link)
            if !value.isEmpty { return value }
        }
        return alternateLink(of: node)
    }

    /// The `rel="alternate"` (or rel-less) link of an Atom feed or entry, HTML first, resolved.
    func alternateLink(of node: xmlNodePtr) -> String {
        let links = node.ownChildren(named: "link").filter {
            ($0.attribute("rel") ?? "alternate") == "alternate" && $0.attribute("href") != nil
        }
        guard let link = links.first(where: { ($0.attribute("type") ?? "text/html").contains("html") }) ?? links.first,
              let href = link.attribute("href") else { return "" }
        return HTMLURLResolver.resolve(url: href.trimmingCharacters(in: .whitespacesAndNewlines), against: base(of: link))
    }

    /// An Atom text construct as HTML: `html` as given, `xhtml` serialized, `text` escaped, Atom 0.3's base64 decoded;
    /// URLs resolved.
    func atomHTML(_ node: xmlNodePtr?) -> String {
        guard let node, node.attribute("src") == nil else { return "" }
        let type = node.attribute("type")?.lowercased() ?? "text"
        let mode = node.attribute("mode")?.lowercased()
        let markup: String
        if Self.isBase64(node) {
            let decoded = Self.base64Text(node.textContent)
            markup = Self.htmlTypes.contains(type) || Self.xhtmlTypes.contains(type) ? decoded : HTMLText.escaped(decoded)
        } else if Self.xhtmlTypes.contains(type) {
            let container = node.childList.first { $0.isElement && $0.name == "div" } ?? node
            markup = container.childList.map(serialized).joined()
        } else if Self.htmlTypes.contains(type) || mode == "escaped" {
            markup = node.childList.contains(where: \.isElement) ? node.childList.map(serialized).joined() : node.textContent
        } else {
            markup = HTMLText.escaped(node.textContent)
        }
        return resolved(markup, node)
    }

    /// An RSS element holding HTML (escaped, in CDATA, or as elements), with its URLs resolved.
    func html(_ node: xmlNodePtr?) -> String {
        guard let node else { return "" }
        let markup = node.childList.contains(where: \.isElement) ? node.childList.map(serialized).joined() : node.textContent
        return resolved(markup, node)
    }

    /// Trimmed markup with the references libxml2 misreads made numeric, and URLs resolved.
    func resolved(_ markup: String, _ node: xmlNodePtr) -> String {
        let trimmed = markup.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "" : HTMLURLResolver.resolve(HTMLEntities.readableByLibXML2(trimmed), against: base(of: node))
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
