internal import CCmarkGFM
import Foundation

/// Markup of other engines that blogs bring along and cmark-gfm shows as text: Liquid and Nunjucks tags
/// (`{% … %}`, reported and left as they are), markdown-it container lines (`::: lead` … `:::`, left out, their text
/// kept) and attribute lists after a paragraph or heading (`{.lead}`, `{#id .note}`, `{: .note}`, left out); and the
/// players that raw HTML embeds (`<iframe>`…, which the sanitizer turns into links). Each is reported as a notice.
enum ForeignSyntax {
    /// Finds them in `document` and takes out the container lines and attribute lists. Runs after `HeadingAttributes`
    /// (a heading's `{#id}` is read there) and before hashtags are linked (so that `{#id}` never reads as one).
    static func handle(in document: OpaquePointer) -> [MarkdownNotice] {
        var blocks: [OpaquePointer] = []
        var textNodes: [OpaquePointer] = []
        var htmlNodes: [OpaquePointer] = []
        MarkdownRenderer.forEachNode(under: document) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING: blocks.append(node)
            case CMARK_NODE_TEXT: textNodes.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: htmlNodes.append(node)
            default: break
            }
        }
        var notices: [MarkdownNotice] = []
        for node in textNodes { notices += shortcodes(in: node) }
        for node in htmlNodes { notices += players(in: node) }
        for block in blocks { notices += lineMarkup(in: block) }
        return notices.sorted { ($0.line, $0.blockLines.lowerBound) < ($1.line, $1.blockLines.lowerBound) }
    }

    /// `{% … %}` and `{%- … -%}` tags in a text node.
    private static func shortcodes(in node: OpaquePointer) -> [MarkdownNotice] {
        let literal = self.literal(of: node)
        guard literal.utf8.contains(UInt8(ascii: "%")) else { return [] }
        var notices: [MarkdownNotice] = []
        var rest = Substring(literal)
        while let open = rest.range(of: "{%") {
            let after = rest[open.upperBound...]
            guard let first = after.first, first == " " || first == "-" || first.isLetter else {
                rest = after
                continue
            }
            let end = after.range(of: "%}")?.upperBound ?? after.endIndex
            notices.append(notice(.shortcode, text: String(rest[open.lowerBound..<end]), at: node))
            rest = rest[end...]
        }
        return notices
    }

    /// `<iframe`, `<object` and `<embed` tags in raw HTML.
    private static func players(in node: OpaquePointer) -> [MarkdownNotice] {
        let literal = self.literal(of: node)
        guard literal.contains("<") else { return [] }
        var notices: [MarkdownNotice] = []
        let lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
        let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
        for (offset, line) in lines.enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "<", options: []) {
                let name = rest[open.upperBound...].prefix(while: { $0.isLetter }).lowercased()
                if ["iframe", "object", "embed"].contains(name) {
                    var found = notice(.embeddedPlayer, text: "<" + name, at: node)
                    if isBlock { found.line = Int(cmark_node_get_start_line(node)) + offset }
                    notices.append(found)
                }
                rest = rest[open.upperBound...]
            }
        }
        return notices
    }

    /// Container lines and attribute lists: each line of a paragraph (text between its breaks) that is a container
    /// marker is left out with its break, an attribute list that ends a line is cut off; a paragraph left empty goes.
    private static func lineMarkup(in block: OpaquePointer) -> [MarkdownNotice] {
        var notices: [MarkdownNotice] = []
        let isParagraph = cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH
        var lineIndex = 0
        var removed = false
        var child = cmark_node_first_child(block)
        while let node = child {
            child = cmark_node_next(node)
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                lineIndex += 1
                continue
            }
            guard type == CMARK_NODE_TEXT else { continue }
            let endsLine = child.map { [CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(cmark_node_get_type($0)) } ?? true
            let startsLine = cmark_node_previous(node).map { [CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(cmark_node_get_type($0)) } ?? true
            let literal = self.literal(of: node)
            var found: MarkdownNotice?
            var removesLine = false
            if isParagraph, startsLine, endsLine, case let trimmed = trimmingSpaces(literal), isContainerMarker(trimmed) {
                found = notice(.containerFence, text: trimmed, at: node)
                removesLine = true
            } else if endsLine, let (kept, list) = splitAttributeList(literal) {
                found = notice(.attributeList, text: list, at: node)
                if kept.unicodeScalars.allSatisfy(isSpace), startsLine {
                    removesLine = true
                } else {
                    cmark_node_set_literal(node, kept)
                }
            }
            guard var found else { continue }
            found.line = found.blockLines.lowerBound + lineIndex
            notices.append(found)
            if removesLine {
                if child != nil { lineIndex += 1 }
                removeLine(node, next: &child)
                removed = true
            }
        }
        if removed, cmark_node_first_child(block) == nil {
            cmark_node_unlink(block)
            cmark_node_free(block)
        }
        return notices
    }

    /// Unlinks and frees a line's only node with the break that ends it (or, on the last line, the one before it), and
    /// moves `next` past that break.
    private static func removeLine(_ node: OpaquePointer, next: inout OpaquePointer?) {
        let neighbour = next ?? cmark_node_previous(node)
        if let neighbour {
            if neighbour == next { next = cmark_node_next(neighbour) }
            cmark_node_unlink(neighbour)
            cmark_node_free(neighbour)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// `text` without the spaces at either end that `CharacterSet.whitespaces` names (a tab, Unicode's space
    /// separators and, as Foundation has it, the zero-width space), read as Unicode scalars in Swift rather than
    /// through Foundation's `NSString`.
    static func trimmingSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// `:::`, `::: lead`, `:::: warning`: three colons or more, then nothing or a name.
    static func isContainerMarker(_ line: String) -> Bool {
        guard line.hasPrefix(":::") else { return false }
        let rest = line.drop(while: { $0 == ":" })
        return rest.isEmpty || rest.first == " " || rest.first?.isLetter == true
    }

    /// `Texte {.lead}` → (`Texte`, `{.lead}`): an attribute list (`{…}` of `.class`, at most one `#id`, and `key=value`
    /// items, after kramdown's optional `:`) ending the text; nil otherwise (`{#a #b}` stays text, as in headings).
    static func splitAttributeList(_ text: String) -> (kept: String, list: String)? {
        var trimmed = Substring(text)
        while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
        guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{") else { return nil }
        var inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        if inside.first == ":" { inside = inside.dropFirst() }
        let items = inside.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !items.isEmpty, items.allSatisfy(isAttributeItem), items.count(where: { $0.first == "#" }) <= 1 else { return nil }
        var kept = trimmed[..<open]
        while kept.last == " " || kept.last == "\t" { kept.removeLast() }
        return (String(kept), String(trimmed[open...]))
    }

    private static func isAttributeItem(_ item: Substring) -> Bool {
        let isName = { (name: Substring) in
            !name.isEmpty && name.first?.isLetter == true && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_:".contains($0)) }
        }
        if item.first == "." || item.first == "#" { return isName(item.dropFirst()) }
        guard let equals = item.firstIndex(of: "=") else { return false }
        return isName(item[..<equals])
    }

    private static func notice(_ kind: MarkdownNotice.Kind, text: String, at node: OpaquePointer) -> MarkdownNotice {
        var block: OpaquePointer? = node
        while let current = block, cmark_node_get_type(current).rawValue & inlineTypeBit != 0 || cmark_node_get_start_line(current) == 0 {
            block = cmark_node_parent(current)
        }
        let first = block.map { Int(cmark_node_get_start_line($0)) } ?? 1
        let last = max(first, block.map { Int(cmark_node_get_end_line($0)) } ?? first)
        return MarkdownNotice(kind: kind, text: String(text.prefix(60)), line: first, blockLines: first...last)
    }

    /// The bit that cmark-gfm sets in the types of inline nodes (`CMARK_NODE_TYPE_INLINE`).
    private static let inlineTypeBit: UInt32 = 0x4000

    private static func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}
