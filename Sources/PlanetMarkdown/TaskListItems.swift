internal import CCmarkGFM

/// Task list items (`- [ ]`, `- [x]`) as disabled checkboxes, each labelled by its item's text:
/// `<li><label><input type="checkbox" disabled=""> text</label></li>`.
enum TaskListItems {
    /// Rewrites the task list items of `document`. Runs after hashtags are linked, since the label is raw HTML.
    static func label(in document: OpaquePointer) {
        var items: [OpaquePointer] = []
        MarkdownRenderer.forEachNode(under: document) { node in
            if cmark_node_get_type(node) == CMARK_NODE_ITEM, GFMDocument.typeName(of: node) == "tasklist" { items.append(node) }
        }
        for item in items {
            let checked = cmark_gfm_extensions_get_tasklist_item_checked(item)
            cmark_node_set_syntax_extension(item, nil)
            let checkbox = "<input type=\"checkbox\" disabled=\"\"\(checked ? " checked=\"\"" : "")>"
            if let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH {
                prepend(node(CMARK_NODE_HTML_INLINE, "<label>\(checkbox) "), to: paragraph)
                if let close = node(CMARK_NODE_HTML_INLINE, "</label>") { cmark_node_append_child(paragraph, close) }
            } else {
                prepend(node(CMARK_NODE_HTML_BLOCK, checkbox), to: item)
            }
        }
    }

    private static func prepend(_ node: OpaquePointer?, to parent: OpaquePointer) {
        guard let node else { return }
        if let first = cmark_node_first_child(parent) {
            cmark_node_insert_before(first, node)
        } else {
            cmark_node_append_child(parent, node)
        }
    }

    private static func node(_ type: cmark_node_type, _ html: String) -> OpaquePointer? {
        guard let node = cmark_node_new(type) else { return nil }
        cmark_node_set_literal(node, html)
        return node
    }
}
