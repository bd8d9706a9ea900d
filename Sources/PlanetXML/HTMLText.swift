internal import CLibXML2
import Foundation
import PlanetCore

/// Plain text out of HTML, read with libxml2's HTML parser.
public enum HTMLText {
    /// The text of an HTML fragment, whitespace collapsed, without the contents of scripts and styles.
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

    private static func append(_ node: xmlNodePtr, to text: inout String) {
        for child in node.childList {
            if child.isElement {
                if !codeElements.contains(child.name) { append(child, to: &text) }
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

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
