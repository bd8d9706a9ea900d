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

        public init(rawHTML: Bool = true, rewriteURL: @escaping @Sendable (String) -> String = { $0 }) {
            self.rawHTML = rawHTML
            self.rewriteURL = rewriteURL
        }
    }

    /// The Markdown of an HTML fragment, blocks separated by blank lines, without a final line break.
    public static func markdown(_ html: String, options: Options = Options()) -> String {
        let tree = HTMLTree(fragment: html)
        guard let body = tree.body else { return "" }
        prepare(body, options: options)
        let converter = HTMLMarkdownConverter(tree: tree, options: options)
        return converter.blocks(of: body.childList).joined(separator: "\n\n")
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
