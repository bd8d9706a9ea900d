internal import CLibXML2
import Foundation

/// The properties of a microformats2 `h-entry` that a mention shows, as plain text: `p-name`, `p-summary`,
/// `e-content`, and the name of its `p-author` (an `h-card`'s `p-name`, or the property's text).
public struct HTMLEntry: Sendable, Hashable {
    public var name: String?
    public var summary: String?
    public var content: String?
    public var authorName: String?

    public init(name: String? = nil, summary: String? = nil, content: String? = nil, authorName: String? = nil) {
        self.name = name
        self.summary = summary
        self.content = content
        self.authorName = authorName
    }

    init(element: xmlNodePtr) {
        collect(under: element)
    }

    /// Reads the entry's own properties: the first of each wins, and nested microformats other than the author's
    /// `h-card` are not the entry's.
    private mutating func collect(under node: xmlNodePtr) {
        for child in node.childList where child.isElement {
            let classes = Self.classes(of: child)
            if classes.contains("p-name"), name == nil { name = Self.value(of: child) }
            if classes.contains("p-summary"), summary == nil { summary = Self.value(of: child) }
            if classes.contains("e-content"), content == nil { content = HTMLText.plain(node: child) }
            if classes.contains("p-author"), authorName == nil {
                authorName = classes.contains("h-card") ? Self.cardName(child) : Self.value(of: child)
            }
            if !classes.contains(where: { $0.hasPrefix("h-") }) { collect(under: child) }
        }
    }

    /// An `h-card`'s explicit `p-name`, else its text.
    private static func cardName(_ card: xmlNodePtr) -> String? {
        func find(_ node: xmlNodePtr) -> String? {
            for child in node.childList where child.isElement {
                let classes = classes(of: child)
                if classes.contains("p-name") { return value(of: child) }
                if !classes.contains(where: { $0.hasPrefix("h-") }), let found = find(child) { return found }
            }
            return nil
        }
        return find(card) ?? value(of: card)
    }

    /// A `p-*` property's text: `title` of `abbr`, `alt` of `img` and `area`, else the element's text; nil when empty.
    private static func value(of element: xmlNodePtr) -> String? {
        let text: String
        switch element.name {
        case "abbr": text = element.attribute("title") ?? HTMLText.plain(node: element)
        case "img", "area": text = element.attribute("alt") ?? ""
        default: text = HTMLText.plain(node: element)
        }
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }

    static func classes(of element: xmlNodePtr) -> [String] {
        (element.attribute("class") ?? "").split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }
}
