internal import CCmarkGFM
import Foundation
import PlanetCore

/// Finds hashtags in the prose of a Markdown document and links them.
///
/// Only text nodes count: never code spans, code blocks, raw HTML, link destinations or image
/// descriptions, nor footnote labels and table delimiter rows, which cmark-gfm keeps out of the text.
/// URLs, autolinked or not, hold no hashtag (`HashtagExtractor` skips them).
/// A hashtag inside a link's text is indexed but stays plain, since links cannot nest.
/// The n-th hashtag (counting every indexed one) is linked to `#planet-hashtag-n`, a placeholder that
/// `HashtagLinks.resolve` replaces with the hashtag's page once the site knows every hashtag's slug.
enum HashtagLinking {
    static let placeholderPrefix = "#planet-hashtag-"

    /// Links the hashtags of `document` in place and returns their names, in order.
    static func link(in document: OpaquePointer) -> [String] {
        cmark_consolidate_text_nodes(document)
        var textNodes: [OpaquePointer] = []
        MarkdownRenderer.forEachNode(under: document) { node in
            if cmark_node_get_type(node) == CMARK_NODE_TEXT { textNodes.append(node) }
        }
        var names: [String] = []
        for node in textNodes {
            guard let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) else { continue }
            let matches = HashtagExtractor.matches(in: literal)
            guard !matches.isEmpty else { continue }
            switch enclosingContext(of: node) {
            case .image, .rawHTML:
                continue
            case .link:
                names += matches.map(\.name)
            case .prose:
                let scalars = Array(literal.unicodeScalars)
                var position = 0
                for match in matches {
                    insertText(scalars[position..<match.range.lowerBound], before: node)
                    insertHTML("<a class=\"hashtag\" href=\"\(placeholderPrefix)\(names.count)\">", before: node)
                    insertText(scalars[match.range], before: node)
                    insertHTML("</a>", before: node)
                    names.append(match.name)
                    position = match.range.upperBound
                }
                insertText(scalars[position...], before: node)
                cmark_node_free(node)
            }
        }
        return names
    }

    private enum Context { case prose, link, image, rawHTML }

    private static func enclosingContext(of node: OpaquePointer) -> Context {
        if isInsideRawInlineHTML(node) { return .rawHTML }
        var parent = cmark_node_parent(node)
        while let current = parent {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_IMAGE: return .image
            case CMARK_NODE_LINK: return .link
            default: parent = cmark_node_parent(current)
            }
        }
        return .prose
    }

    /// Whether raw inline HTML before `node`, among its siblings, opened an element that is still open
    /// (`<span>#x</span>`, `<a href="...">#x</a>`): that text belongs to the author's HTML, not to the prose.
    private static func isInsideRawInlineHTML(_ node: OpaquePointer) -> Bool {
        var depth = 0
        var sibling = cmark_node_previous(node)
        while let current = sibling {
            if cmark_node_get_type(current) == CMARK_NODE_HTML_INLINE, let literal = cmark_node_get_literal(current) {
                let tag = String(cString: literal)
                if tag.hasPrefix("</") {
                    depth -= 1
                } else if tag.hasPrefix("<"), !tag.hasPrefix("<!"), !tag.hasPrefix("<?"), !tag.hasSuffix("/>"),
                          !voidElements.contains(elementName(tag)) {
                    depth += 1
                }
            }
            sibling = cmark_node_previous(current)
        }
        return depth > 0
    }

    private static let voidElements: Set<String> = ["br", "img", "hr", "wbr", "input", "meta", "link", "source", "area", "col", "embed"]

    private static func elementName(_ tag: String) -> String {
        String(tag.dropFirst().prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    private static func insertText(_ scalars: ArraySlice<Unicode.Scalar>, before node: OpaquePointer) {
        guard !scalars.isEmpty, let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        cmark_node_set_literal(text, String(view))
        cmark_node_insert_before(node, text)
    }

    private static func insertHTML(_ html: String, before node: OpaquePointer) {
        guard let inline = cmark_node_new(CMARK_NODE_HTML_INLINE) else { return }
        cmark_node_set_literal(inline, html)
        cmark_node_insert_before(node, inline)
    }
}
