internal import CLibXML2
import Foundation

/// Walks one parsed HTML fragment into Markdown blocks (see `HTMLMarkdown`). Markdown is written only where cmark-gfm
/// reads it back as the same elements; anything else is kept as raw HTML (or, without `rawHTML`, as its text).
struct HTMLMarkdownConverter {
    let tree: HTMLTree
    let options: HTMLMarkdown.Options
    /// Inside a link's label, where a URL is text: no autolink.
    var insideLink = false

    /// One block of Markdown, and whether it is a list (which a list item joins to its text without a blank line).
    struct Block {
        var text: String
        var isList = false
    }

    /// The names that start a CommonMark HTML block (its kinds 1 and 6): raw HTML of these stays one block.
    static let blockNames: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "center", "colgroup", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "iframe", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul", "script", "style", "textarea", "object",
    ]

    static let voidNames: Set<String> = ["area", "br", "col", "embed", "hr", "img", "input", "param", "source", "track", "wbr"]

    func blocks(of nodes: [xmlNodePtr]) -> [String] {
        markdownBlocks(of: nodes).map(\.text)
    }

    func markdownBlocks(of nodes: [xmlNodePtr]) -> [Block] {
        var blocks: [Block] = []
        var run: [xmlNodePtr] = []
        func flush() {
            let text = paragraph(inline(run))
            if !text.isEmpty { blocks.append(Block(text: text)) }
            run = []
        }
        for node in nodes {
            if node.isElement, Self.blockNames.contains(node.name) {
                flush()
                blocks += block(node)
            } else {
                run.append(node)
            }
        }
        flush()
        return blocks
    }

    private func block(_ node: xmlNodePtr) -> [Block] {
        switch node.name {
        case "p" where node.attribute("id") == nil:
            let text = paragraph(inline(node.childList))
            return text.isEmpty ? [] : [Block(text: text)]
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let text = paragraph(inline(node.childList))
            if text.isEmpty { return [] }
            guard node.attribute("id") == nil, !text.contains("\n") else { return raw(node) }
            return [Block(text: String(repeating: "#", count: Int(String(node.name.dropFirst())) ?? 1) + " " + text)]
        case "blockquote" where Self.isEmbeddedPost(node):
            return raw(node)
        case "blockquote":
            let inner = blocks(of: node.childList).joined(separator: "\n\n")
            if inner.isEmpty { return [] }
            let quoted = inner.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }
            return [Block(text: quoted.joined(separator: "\n"))]
        case "ul", "ol":
            return list(node).map { [Block(text: $0, isList: true)] } ?? raw(node)
        case "pre":
            return [Block(text: codeBlock(node))]
        case "hr":
            return [Block(text: "---")]
        case "table":
            return table(node).map { [Block(text: $0)] } ?? raw(node)
        case "div" where node.attribute("id") == nil:
            return markdownBlocks(of: node.childList)
        case "figure" where node.attribute("id") == nil && !node.childList.contains { $0.isElement && $0.name == "figcaption" }:
            return markdownBlocks(of: node.childList)
        case "style":
            return []
        case "iframe", "object", "embed", "script":
            let text = paragraph(embedLink(node))
            return text.isEmpty ? [] : [Block(text: text)]
        default:
            return raw(node)
        }
    }

    /// The classes of the quotes that embed another network's post (a tweet, an Instagram or Bluesky post...).
    static let embeddedPostClasses: Set<String> = ["twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed"]

    /// Whether a `<blockquote>` is another network's post as its embed code writes it: kept as HTML, so that its words,
    /// hashtags included, stay the quoted author's and never become the site's hashtags.
    static func isEmbeddedPost(_ node: xmlNodePtr) -> Bool {
        guard let classes = node.attribute("class") else { return false }
        return classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { embeddedPostClasses.contains(String($0)) }
    }

    /// The element as an HTML block: its markup with no blank line (which would end the block), or its text.
    private func raw(_ node: xmlNodePtr) -> [Block] {
        guard options.rawHTML else {
            let text = paragraph(escaped(collapsed(node.textContent)))
            return text.isEmpty ? [] : [Block(text: text)]
        }
        return [Block(text: Self.withoutBlankLines(tree.serialized([node]).trimmingCharacters(in: .newlines)))]
    }

    /// A blank line's line break written as `&#10;` on the line before: the same text, in one HTML block.
    static func withoutBlankLines(_ html: String) -> String {
        var result = ""
        for (index, line) in html.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 {
                result += line.allSatisfy({ $0 == " " || $0 == "\t" }) ? "&#10;" : "\n"
            }
            result += line
        }
        return result
    }

    /// A list in Markdown, nil when it holds anything but items; a list written right inside a list (as old editors
    /// wrote a nested one) belongs to the item before it.
    private func list(_ node: xmlNodePtr) -> String? {
        let ordered = node.name == "ol"
        var number = node.attribute("start").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 1
        guard (0...999_999_999).contains(number) else { return nil }
        var items: [String] = []
        var loose = false
        for child in node.childList where child.isElement || !child.textContent.allSatisfy(\.isWhitespace) {
            if child.isElement, child.name == "ul" || child.name == "ol", let last = items.last, let nested = list(child) {
                let indent = String(repeating: " ", count: (last.firstIndex(of: " ") ?? last.endIndex).utf16Offset(in: last) + 1)
                items[items.count - 1] += "\n" + nested.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
                continue
            }
            guard child.isElement, child.name == "li", child.attribute("id") == nil else { return nil }
            let marker = ordered ? "\(number)." : "-"
            number += 1
            let parts = markdownBlocks(of: child.childList)
            var text = ""
            for (index, part) in parts.enumerated() {
                if index > 0 {
                    text += part.isList ? "\n" : "\n\n"
                    if !part.isList { loose = true }
                }
                text += part.text
            }
            let indent = String(repeating: " ", count: marker.count + 1)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                index == 0 ? line.isEmpty ? marker : marker + " " + line : line.isEmpty ? "" : indent + line
            }
            items.append(lines.joined(separator: "\n"))
        }
        guard !items.isEmpty else { return nil }
        return items.joined(separator: loose ? "\n\n" : "\n")
    }

    private func codeBlock(_ node: xmlNodePtr) -> String {
        var text = node.textContent
        if text.hasPrefix("\n") { text.removeFirst() }
        if !text.hasSuffix("\n") { text += "\n" }
        let code = node.childList.first { $0.isElement && $0.name == "code" }
        let classes = ((code?.attribute("class") ?? "") + " " + (node.attribute("class") ?? "")).split(separator: " ")
        let language = CodeLanguage.brush(inClass: node.attribute("class") ?? "") ?? classes.lazy.compactMap { name -> Substring? in
            for prefix in ["language-", "lang-"] where name.hasPrefix(prefix) { return name.dropFirst(prefix.count) }
            return nil
        }.first.map(String.init) ?? ""
        let fence = String(repeating: "`", count: max(3, Self.longestRun(of: "`", in: text) + 1))
        return fence + language.filter { !$0.isWhitespace && $0 != "`" } + "\n" + text + fence
    }

    private func table(_ node: xmlNodePtr) -> String? {
        var rows: [xmlNodePtr] = []
        var hasHead = false
        for child in node.childList where child.isElement {
            switch child.name {
            case "thead", "tbody", "tfoot":
                if child.name == "thead" { hasHead = true }
                for row in child.childList where row.isElement {
                    guard row.name == "tr" else { return nil }
                    rows.append(row)
                }
            case "tr": rows.append(child)
            case "colgroup", "col": continue
            default: return nil
            }
        }
        var cells: [[String]] = []
        for row in rows {
            var line: [String] = []
            for cell in row.childList where cell.isElement || !cell.textContent.allSatisfy(\.isWhitespace) {
                guard cell.isElement, cell.name == "td" || cell.name == "th", cell.attribute("colspan") == nil,
                      cell.attribute("rowspan") == nil else { return nil }
                var content = cell.childList.filter { $0.isElement || !$0.textContent.allSatisfy(\.isWhitespace) }
                if content.count == 1, content[0].isElement, content[0].name == "p" { content = content[0].childList }
                guard !content.contains(where: { $0.isElement && Self.blockNames.contains($0.name) }) else { return nil }
                let text = paragraph(inline(content))
                guard !text.contains("\n") else { return nil }
                line.append(text)
            }
            cells.append(line)
        }
        guard let header = cells.first, !header.isEmpty, cells.allSatisfy({ $0.count == header.count }) else { return nil }
        let headerIsHeading = rows[0].childList.filter(\.isElement).allSatisfy { $0.name == "th" }
        guard hasHead || headerIsHeading else { return nil }
        let lines = [header, header.map { _ in "---" }] + cells.dropFirst()
        return lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }
}
