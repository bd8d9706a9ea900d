internal import CLibXML2
import Foundation

/// HTML written by a blog engine, as GitHub-flavoured Markdown: paragraphs, emphasis, links, images, lists, headings,
/// quotes, code and simple tables become Markdown; what Markdown cannot say the same way (a `<figure>`, a table with
/// merged cells, a `<div>`) stays as raw HTML, which the sanitizer guards like any member's HTML. HTML comments
/// (Gutenberg's block markers) are dropped, and embedded players (`<iframe>`...) become links to what they played.
/// Read with libxml2's HTML parser, as browsers read it.
public enum HTMLMarkdown {
    public struct Options: Sendable {
        /// Keeps what Markdown cannot say as raw HTML (for posts); false keeps only its text (for comments, whose raw
        /// HTML would be shown as text).
        public var rawHTML: Bool
        /// Applied to every `href` and `src` (to point at copied media).
        public var rewriteURL: @Sendable (String) -> String
        /// When set, headings move up or down together so that the fragment's highest becomes this level (a post's
        /// title is the page's `<h1>`, so its body starts at 2), keeping their order; nil keeps them as written.
        public var topHeadingLevel: Int?

        public init(rawHTML: Bool = true, topHeadingLevel: Int? = nil, rewriteURL: @escaping @Sendable (String) -> String = { $0 }) {
            self.rawHTML = rawHTML
            self.topHeadingLevel = topHeadingLevel
            self.rewriteURL = rewriteURL
        }
    }

    /// The Markdown of an HTML fragment, blocks separated by blank lines, without a final line break.
    public static func markdown(_ html: String, options: Options = Options()) -> String {
        let tree = HTMLTree(fragment: html)
        guard let body = tree.body else { return "" }
        prepare(body, options: options)
        if let top = options.topHeadingLevel { shiftHeadings(in: body, top: top) }
        let converter = HTMLMarkdownConverter(tree: tree, options: options)
        return converter.blocks(of: body.childList).joined(separator: "\n\n")
    }

    private static func headings(in node: xmlNodePtr) -> [(node: xmlNodePtr, level: Int)] {
        node.childList.filter(\.isElement).flatMap { child -> [(node: xmlNodePtr, level: Int)] in
            let name = child.name
            if name.count == 2, name.hasPrefix("h"), let level = Int(name.dropFirst()), (1...6).contains(level) { return [(child, level)] }
            return headings(in: child)
        }
    }

    private static func shiftHeadings(in body: xmlNodePtr, top: Int) {
        let found = headings(in: body)
        guard let highest = found.map(\.level).min(), highest != top else { return }
        for (node, level) in found {
            xmlNodeSetName(node, "h\(min(6, max(1, level + top - highest)))")
        }
    }

    /// Drops comments and `srcset` (other sizes of an image, on the old host), and rewrites `href`, `src` and `poster`.
    private static func prepare(_ node: xmlNodePtr, options: Options) {
        for child in node.childList {
            if child.pointee.type == XML_COMMENT_NODE {
                child.removeAndFree()
            } else if child.isElement {
                child.removeAttribute("srcset")
                child.removeAttribute("sizes")
                for name in ["href", "src", "poster"] {
                    if let value = child.attribute(name) { child.setAttribute(name, options.rewriteURL(value)) }
                }
                prepare(child, options: options)
            }
        }
    }
}
