internal import CCmarkGFM

/// cmark-gfm's extended autolinks (`http://…`, `www.…` in the text) take a URL's characters as written, backslash
/// escapes included: `http://example.org/a\_b` would link to `a%5C_b`. This drops, in such a link's URL and text,
/// each backslash that escapes ASCII punctuation, as Markdown reads it everywhere else.
enum AutolinkEscapes {
    static func unescape(in document: OpaquePointer) {
        var links: [OpaquePointer] = []
        MarkdownRenderer.forEachNode(under: document) { node in
            if cmark_node_get_type(node) == CMARK_NODE_LINK { links.append(node) }
        }
        for link in links {
            guard let url = cmark_node_get_url(link).map({ String(cString: $0) }), url.contains("\\"),
                  let text = cmark_node_first_child(link), cmark_node_next(text) == nil, cmark_node_get_type(text) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(text).map({ String(cString: $0) }),
                  literal == url || "http://" + literal == url || "mailto:" + literal == url else { continue }
            cmark_node_set_url(link, unescaped(url))
            cmark_node_set_literal(text, unescaped(literal))
        }
    }

    /// `text` without the backslashes that escape ASCII punctuation.
    static func unescaped(_ text: String) -> String {
        var result = ""
        var iterator = text.makeIterator()
        var pending: Character?
        while let character = pending ?? iterator.next() {
            pending = nil
            guard character == "\\", let next = iterator.next() else {
                result.append(character)
                continue
            }
            if next.isASCII, next.isPunctuation || next.isSymbol {
                result.append(next)
            } else {
                result.append(character)
                pending = next
            }
        }
        return result
    }
}
