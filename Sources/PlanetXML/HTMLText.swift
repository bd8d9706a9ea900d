internal import CLibXML2
import Foundation

/// Plain text out of HTML, read with libxml2's HTML parser.
public enum HTMLText {
    /// The text of an HTML fragment, whitespace collapsed.
    public static func plain(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return collapsed(html) }
        let tree = HTMLTree(fragment: html)
        return collapsed(tree.body?.textContent ?? "")
    }

    /// The prose of sanitized HTML, where hashtags are looked for: text outside links, code and preformatted blocks,
    /// one paragraph per line.
    public static func prose(_ html: String) -> String {
        let tree = HTMLTree(fragment: html)
        guard let body = tree.body else { return "" }
        var parts: [String] = []
        func visit(_ node: xmlNodePtr) {
            for child in node.childList {
                if child.isElement {
                    guard !["a", "code", "pre", "kbd", "samp"].contains(child.name) else { continue }
                    visit(child)
                    parts.append("\n")
                } else if child.pointee.type == XML_TEXT_NODE {
                    parts.append(child.textContent)
                }
            }
        }
        visit(body)
        return parts.joined()
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
