internal import CCmarkGFM
import Foundation

/// Finds the links, images and raw HTML of a Markdown text with their source positions
/// (cmark-gfm's `CMARK_OPT_SOURCEPOS`), for the link checker.
public enum MarkdownLinks {
    /// Every link and image destination of `markdown`, in document order; with `.member` trust, raw HTML too
    /// (a visitor's raw HTML is shown as text, so it holds no link).
    public static func find(in markdown: String, trust: MarkdownTrust) -> [MarkdownLink] {
        guard let parsed = GFMDocument(markdown, options: CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE) else { return [] }
        defer { withExtendedLifetime(parsed) {} }
        let document = parsed.root
        AutolinkEscapes.unescape(in: document)
        var links: [MarkdownLink] = []
        MarkdownRenderer.forEachNode(under: document) { node in
            let line = Int(cmark_node_get_start_line(node))
            let column = Int(cmark_node_get_start_column(node))
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let kind: MarkdownLink.Kind = cmark_node_get_type(node) == CMARK_NODE_LINK ? .link : .image
                links.append(MarkdownLink(kind: kind, destination: url, line: line, byteColumn: column))
            case CMARK_NODE_HTML_BLOCK where trust == .member, CMARK_NODE_HTML_INLINE where trust == .member:
                let html = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                links.append(MarkdownLink(kind: .html, destination: html, line: line, byteColumn: column))
            default:
                break
            }
        }
        return links
    }
}
