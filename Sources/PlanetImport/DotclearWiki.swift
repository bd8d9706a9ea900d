import Foundation
import PlanetXML

/// Dotclear's wiki syntax as HTML, as Dotclear's wiki2xhtml renders it, for its common constructs: paragraphs,
/// `!!!`/`!!`/`!` headings, `*` and `#` lists, `>` quotes, lines starting with a space as preformatted text, `----`
/// rules; `///html … ///` blocks as their HTML (sanitized later, as every imported body is), and other `/// … ///`
/// blocks as preformatted text; inline `__strong__`, `''em''`, `@@code@@`, `--del--`, `++ins++`, `{{quote|lang|cite}}`,
/// `[text|url]` links, `((url|alt))` images, `%%%` line breaks and `$$note$$` footnotes, numbered and listed after the
/// text under "Note(s)". Text is escaped before any markup is made.
enum DotclearWiki {
    static func html(_ wiki: String) -> String {
        var notes: [String] = []
        let body = blockHTML(wiki, notes: &notes)
        guard !notes.isEmpty else { return body }
        let items = notes.enumerated().map { index, note in
            "<p>[<a href=\"#rev-wiki-footnote-\(index + 1)\" id=\"wiki-footnote-\(index + 1)\">\(index + 1)</a>] \(note)</p>"
        }
        return body + "\n<div class=\"footnotes\"><h4>" + (notes.count > 1 ? "Notes" : "Note") + "</h4>" + items.joined() + "</div>"
    }

    private static func blockHTML(_ wiki: String, notes: inout [String]) -> String {
        var blocks: [String] = []
        var lines = wiki.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)[...]
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append("<p>" + paragraph.map { inline($0, notes: &notes) }.joined(separator: "\n") + "</p>") }
            paragraph = []
        }
        while let line = lines.popFirst().map(String.init) {
            if line.trimmed.isEmpty {
                flush()
            } else if line.hasPrefix("///") {
                flush()
                blocks.append(macro(opening: String(line.dropFirst(3)), lines: &lines))
            } else if line.hasPrefix(" ") {
                flush()
                var preformatted = [String(line.dropFirst())]
                while let next = lines.first, next.hasPrefix(" ") { preformatted.append(String(lines.removeFirst().dropFirst())) }
                blocks.append("<pre>" + preformatted.map { inline($0, notes: &notes, trimming: false) }.joined(separator: "\n") + "</pre>")
            } else if let heading = line.prefixMatch(of: /!{1,3}/) {
                flush()
                let level = 6 - heading.output.count
                blocks.append("<h\(level)>" + inline(String(line.dropFirst(heading.output.count)), notes: &notes) + "</h\(level)>")
            } else if line.hasPrefix("----") {
                flush()
                blocks.append("<hr>")
            } else if line.hasPrefix("*") || line.hasPrefix("#") {
                flush()
                var items = [line]
                while let next = lines.first, next.hasPrefix("*") || next.hasPrefix("#") { items.append(String(lines.removeFirst())) }
                blocks.append(list(items, notes: &notes))
            } else if line.hasPrefix(">") {
                flush()
                // Each quoted line is trimmed, as Dotclear does: a space after `>` makes no preformatted text.
                var quoted = [String(line.dropFirst()).trimmed]
                while let next = lines.first, next.hasPrefix(">") { quoted.append(String(lines.removeFirst().dropFirst()).trimmed) }
                blocks.append("<blockquote>" + blockHTML(quoted.joined(separator: "\n"), notes: &notes) + "</blockquote>")
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return blocks.joined(separator: "\n")
    }

    /// A `///` block, from the rest of its opening line to the line that ends with `///`: `///html` gives its HTML as
    /// written; any other gives all its text, its first line included, as preformatted text (as Dotclear does with a
    /// macro it does not know). A block never closed is preformatted text to the end.
    private static func macro(opening: String, lines: inout ArraySlice<Substring>) -> String {
        var text = [opening]
        var closed = false
        if opening.hasSuffix("///"), opening.count >= 3 {
            text = [String(opening.dropLast(3))]
            closed = true
        }
        while !closed, let next = lines.popFirst().map(String.init) {
            if next.hasSuffix("///") {
                text.append(String(next.dropLast(3)))
                closed = true
            } else {
                text.append(next)
            }
        }
        if text.last?.isEmpty == true, text.count > 1 { text.removeLast() }
        let name = opening.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        if name == "html", text.count > 1 { return text.dropFirst().joined(separator: "\n") }
        if text.first?.trimmed.isEmpty == true { text.removeFirst() }
        return "<pre>" + HTMLText.escaped(text.joined(separator: "\n")) + "</pre>"
    }

    /// Lines of `*` and `#` items; a longer marker nests a list in the item before it.
    private static func list(_ lines: [String], notes: inout [String]) -> String {
        guard let first = lines.first?.first else { return "" }
        let tag = first == "#" ? "ol" : "ul"
        var items: [(text: String, nested: [String])] = []
        for line in lines {
            let marker = line.prefix { $0 == "*" || $0 == "#" }
            if marker.count > 1, !items.isEmpty {
                items[items.count - 1].nested.append(String(line.dropFirst()))
            } else {
                items.append((String(line.dropFirst(marker.count)), []))
            }
        }
        let body = items.map { item in
            "<li>" + inline(item.text, notes: &notes) + (item.nested.isEmpty ? "" : list(item.nested, notes: &notes)) + "</li>"
        }.joined()
        return "<\(tag)>" + body + "</\(tag)>"
    }

    /// A line's inline markup; each `$$note$$` is added to `notes` and leaves its numbered call.
    static func inline(_ text: String, notes: inout [String], trimming: Bool = true) -> String {
        var html = HTMLText.escaped(trimming ? text.trimmed : text)
        var found: [String] = []
        html = html.replacing(/\$\$(.+?)\$\$/) { match in
            found.append(String(match.output.1))
            return "\u{1}\(found.count)\u{1}"
        }
        html = markup(html)
        for (index, note) in found.enumerated() {
            notes.append(markup(note))
            let number = notes.count
            html = html.replacingOccurrences(
                of: "\u{1}\(index + 1)\u{1}",
                with: "<sup>[<a href=\"#wiki-footnote-\(number)\" id=\"rev-wiki-footnote-\(number)\">\(number)</a>]</sup>")
        }
        return html
    }

    /// The inline markup of escaped text, notes apart.
    private static func markup(_ escaped: String) -> String {
        var html = escaped
        html = html.replacing(/@@(.+?)@@/) { "<code>" + $0.output.1 + "</code>" }
        html = html.replacing(/__(.+?)__/) { "<strong>" + $0.output.1 + "</strong>" }
        html = html.replacing(/''(.+?)''/) { "<em>" + $0.output.1 + "</em>" }
        html = html.replacing(/--(.+?)--/) { "<del>" + $0.output.1 + "</del>" }
        html = html.replacing(/\+\+(.+?)\+\+/) { "<ins>" + $0.output.1 + "</ins>" }
        html = html.replacing(/\{\{([^|}]+?)(?:\|([A-Za-z][A-Za-z0-9_:.-]*)?(?:\|([^|}]*))?)?\}\}/) { match in
            let lang = match.output.2.map { " lang=\"" + $0 + "\"" } ?? ""
            let cite = match.output.3.flatMap { $0.isEmpty ? nil : " cite=\"" + $0 + "\"" } ?? ""
            return "<q" + lang + cite + ">" + match.output.1 + "</q>"
        }
        html = html.replacing(/\(\(([^|)]+)(?:\|([^|)]*))?[^)]*\)\)/) { match in
            "<img src=\"" + match.output.1 + "\" alt=\"" + (match.output.2 ?? "") + "\">"
        }
        html = html.replacing(/\[([^\]|]+)\|([^\]|]+)[^\]]*\]/) { "<a href=\"" + $0.output.2 + "\">" + $0.output.1 + "</a>" }
        html = html.replacing(/\[((?:https?:\/\/|\/)[^\]|]+)\]/) { "<a href=\"" + $0.output.1 + "\">" + $0.output.1 + "</a>" }
        return html.replacingOccurrences(of: "%%%", with: "<br>")
    }
}
