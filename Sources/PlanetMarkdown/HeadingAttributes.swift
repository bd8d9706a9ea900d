internal import CCmarkGFM
import Foundation

/// Heading attributes as Hugo, Zola, kramdown and Pandoc write them: `## Preliminary {#preliminary}`.
/// A `{#id}` block at the end of a heading sets its id and leaves its text.
enum HeadingAttributes {
    /// Removes the `{#id}` blocks of `document`'s headings and returns each heading with its id, in order.
    /// Must run before hashtags are linked, so that `#id` never reads as a hashtag.
    static func strip(in document: OpaquePointer) -> [(heading: OpaquePointer, id: HeadingID)] {
        cmark_consolidate_text_nodes(document)
        var headings: [OpaquePointer] = []
        MarkdownRenderer.forEachNode(under: document) { node in
            if cmark_node_get_type(node) == CMARK_NODE_HEADING { headings.append(node) }
        }
        var found: [(heading: OpaquePointer, id: HeadingID)] = []
        for heading in headings {
            guard let last = cmark_node_last_child(heading), cmark_node_get_type(last) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(last).map({ String(cString: $0) }),
                  let (text, id) = split(literal) else { continue }
            if text.isEmpty {
                cmark_node_unlink(last)
                cmark_node_free(last)
            } else {
                cmark_node_set_literal(last, text)
            }
            let position = HeadingID(id: id, line: Int(cmark_node_get_start_line(heading)), column: Int(cmark_node_get_start_column(heading)))
            found.append((heading, position))
        }
        return found
    }

    /// `Title {#title}` → (`Title`, `title`); nil when the text does not end with an attribute block. The block may
    /// hold spaces and, as in Pandoc, classes and `key=value` pairs besides the id (`{ #title .wide }`), which are
    /// dropped. An id holds ASCII letters, digits, `-`, `_`, `:` and `.`.
    static func split(_ text: String) -> (text: String, id: String)? {
        var trimmed = Substring(text)
        while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
        guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{") else { return nil }
        let tokens = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].split(whereSeparator: { $0 == " " || $0 == "\t" })
        let ids = tokens.filter { $0.hasPrefix("#") }.map { $0.dropFirst() }
        guard ids.count == 1, let id = ids.first, !id.isEmpty,
              id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_:.".contains($0)) }),
              tokens.allSatisfy({ $0.hasPrefix("#") || $0.hasPrefix(".") || $0.contains("=") }) else { return nil }
        var rest = trimmed[..<open]
        while rest.last == " " || rest.last == "\t" { rest.removeLast() }
        return (String(rest), String(id))
    }

    /// Replaces each heading by raw HTML of itself carrying its id, rendered with the document's extensions.
    static func apply(_ headings: [(heading: OpaquePointer, id: HeadingID)], in document: GFMDocument) {
        for (heading, position) in headings {
            let level = cmark_node_get_heading_level(heading)
            var html = document.html(of: heading)
            let open = "<h\(level)"
            guard html.hasPrefix(open), let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { continue }
            html.insert(contentsOf: " id=\"\(position.id)\"", at: html.index(html.startIndex, offsetBy: open.count))
            cmark_node_set_literal(block, html)
            cmark_node_replace(heading, block)
            cmark_node_free(heading)
        }
    }
}
