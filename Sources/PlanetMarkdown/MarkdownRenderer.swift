internal import CCmarkGFM
import Foundation

/// GitHub-flavoured Markdown to HTML through cmark-gfm. Every cmark pointer lives and dies inside `render`,
/// so the renderer is safe to call from many threads at once.
public enum MarkdownRenderer {
    /// Renders `markdown` (GFM: tables, strikethrough, autolinks, task lists, footnotes; with smart punctuation
    /// and heading attributes `{#id}`; a member's other engines' markup noticed, see `ForeignSyntax`) to HTML, and extracts the first paragraph as plain text when `firstParagraph`
    /// is set. With `hashtags`, the hashtags of the prose are collected and linked to placeholders (see
    /// `HashtagLinking`). Footnote ids are `fn-<label>` and `fnref-<label>`: the sanitizer gives them a scope.
    public static func render(
        _ markdown: String, trust: MarkdownTrust, firstParagraph wantsFirstParagraph: Bool = true, hashtags linksHashtags: Bool = true
    ) -> MarkdownRendering {
        guard let parsed = GFMDocument(markdown, options: CMARK_OPT_SMART | CMARK_OPT_UNSAFE) else {
            return MarkdownRendering(html: "", firstParagraph: nil)
        }
        defer { withExtendedLifetime(parsed) {} }
        let document = parsed.root
        AutolinkEscapes.unescape(in: document)
        if trust == .visitor { neutralizeVisitorMarkup(in: document) }
        let headings = HeadingAttributes.strip(in: document)
        let notices = trust == .member ? ForeignSyntax.handle(in: document) : []
        let hashtags = linksHashtags ? HashtagLinking.link(in: document) : []
        let firstParagraph = wantsFirstParagraph ? firstTopLevelParagraph(of: document).map(plainText(of:)) : nil
        TaskListItems.label(in: document)
        guard trust == .member else { return MarkdownRendering(html: parsed.html(), firstParagraph: firstParagraph, hashtags: hashtags) }
        HeadingAttributes.apply(headings, in: parsed)
        return MarkdownRendering(html: parsed.html(), firstParagraph: firstParagraph, hashtags: hashtags, headingIDs: headings.map(\.id), notices: notices)
    }

    private static func firstTopLevelParagraph(of document: OpaquePointer) -> OpaquePointer? {
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH { return node }
            child = cmark_node_next(node)
        }
        return nil
    }

    /// The text of a node's inlines, with breaks as spaces and whitespace collapsed.
    private static func plainText(of node: OpaquePointer) -> String {
        var pieces: [String] = []
        forEachNode(under: node) { current in
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { pieces.append(String(cString: literal)) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                pieces.append(" ")
            default:
                break
            }
        }
        return pieces.joined().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Turns raw HTML into text and images into links to the image.
    private static func neutralizeVisitorMarkup(in document: OpaquePointer) {
        var rawHTML: [OpaquePointer] = []
        var images: [OpaquePointer] = []
        forEachNode(under: document) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: rawHTML.append(node)
            case CMARK_NODE_IMAGE: images.append(node)
            default: break
            }
        }
        for node in rawHTML {
            let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
            let replacement = cmark_node_new(isBlock ? CMARK_NODE_PARAGRAPH : CMARK_NODE_TEXT)!
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            if isBlock {
                let text = cmark_node_new(CMARK_NODE_TEXT)!
                cmark_node_set_literal(text, literal.trimmingTrailingNewlines)
                cmark_node_append_child(replacement, text)
            } else {
                cmark_node_set_literal(replacement, literal)
            }
            cmark_node_replace(node, replacement)
            cmark_node_free(node)
        }
        for image in images {
            let link = cmark_node_new(CMARK_NODE_LINK)!
            cmark_node_set_url(link, cmark_node_get_url(image))
            cmark_node_set_title(link, cmark_node_get_title(image))
            while let child = cmark_node_first_child(image) {
                cmark_node_unlink(child)
                cmark_node_append_child(link, child)
            }
            if cmark_node_first_child(link) == nil {
                let text = cmark_node_new(CMARK_NODE_TEXT)!
                cmark_node_set_literal(text, cmark_node_get_url(image))
                cmark_node_append_child(link, text)
            }
            cmark_node_replace(image, link)
            cmark_node_free(image)
        }
    }

    /// Calls `body` on every node under `root` (included), in document order, on entering it.
    static func forEachNode(under root: OpaquePointer, _ body: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { body(node) }
        }
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var copy = self
        while copy.last?.isNewline == true { copy.removeLast() }
        return copy
    }
}
