internal import CLibXML2
import Foundation
import PlanetCore

/// Plain text out of HTML, read with libxml2's HTML parser.
public enum HTMLText {
    /// The text of an HTML fragment, whitespace collapsed (no-break spaces kept), without the contents of scripts and styles; blocks (and
    /// line breaks) are apart, so that `<p>ferme.</p><h2>Suite</h2>` reads `ferme. Suite`.
    public static func plain(_ html: String) -> String {
        guard html.utf8Contains("<") || html.utf8Contains("&") else { return collapsed(html) }
        let tree = HTMLTree(fragment: html)
        guard let body = tree.body else { return "" }
        var text = ""
        append(body, to: &text)
        return collapsed(text)
    }

    /// The text of an element of a tree parsed here, whitespace collapsed, without scripts and styles.
    static func plain(node: xmlNodePtr) -> String {
        var text = ""
        append(node, to: &text)
        return collapsed(text)
    }

    /// Elements whose contents are code, never text.
    private static let codeElements: Set<String> = ["script", "style"]

    /// Elements whose text stands apart from the text around them.
    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "td", "th", "tr", "ul",
    ]

    private static func append(_ node: xmlNodePtr, to text: inout String) {
        for child in node.childList {
            if child.isElement {
                let name = child.name
                if codeElements.contains(name) { continue }
                let apart = blockElements.contains(name)
                if apart { text += " " }
                append(child, to: &text)
                if apart { text += " " }
            } else if child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE {
                text += child.textContent
            }
        }
    }

    /// Text escaped for HTML: `&`, `<`, `>` and `"`.
    public static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// HTML's whitespace (ASCII's) collapsed; no-break spaces are kept, as HTML keeps them.
    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" || $0 == "\u{0C}" })
            .joined(separator: " ")
    }
}
