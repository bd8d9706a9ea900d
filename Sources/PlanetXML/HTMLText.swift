import Foundation

/// Plain text out of HTML, read with libxml2's HTML parser.
public enum HTMLText {
    /// The text of an HTML fragment, whitespace collapsed.
    public static func plain(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return collapsed(html) }
        let tree = HTMLTree(fragment: html)
        return collapsed(tree.body?.textContent ?? "")
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
