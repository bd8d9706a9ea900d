import Foundation
import PlanetXML

/// Dotclear's wiki syntax as HTML, for its common constructs: paragraphs, `!!!`/`!!`/`!` headings, `*` and `#` lists,
/// `>` quotes, `///` preformatted blocks, `----` rules; inline `__strong__`, `''em''`, `@@code@@`, `--del--`,
/// `[text|url]` links, `((url|alt))` images and `%%%` line breaks. Text is escaped before any markup is made.
enum DotclearWiki {
    static func html(_ wiki: String) -> String {
        var blocks: [String] = []
        var lines = wiki.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)[...]
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append("<p>" + paragraph.map(inline).joined(separator: "\n") + "</p>") }
            paragraph = []
        }
        while let line = lines.popFirst().map(String.init) {
            if line.trimmed.isEmpty {
                flush()
            } else if line.hasPrefix("///") {
                flush()
                var code: [String] = []
                while let next = lines.popFirst(), !next.hasPrefix("///") { code.append(String(next)) }
                blocks.append("<pre>" + HTMLText.escaped(code.joined(separator: "\n")) + "</pre>")
            } else if let heading = line.prefixMatch(of: /!{1,3}/) {
                flush()
                let level = 6 - heading.output.count
                blocks.append("<h\(level)>" + inline(String(line.dropFirst(heading.output.count))) + "</h\(level)>")
            } else if line.hasPrefix("----") {
                flush()
                blocks.append("<hr>")
            } else if line.hasPrefix("*") || line.hasPrefix("#") {
                flush()
                var items = [line]
                while let next = lines.first, next.hasPrefix("*") || next.hasPrefix("#") { items.append(String(lines.removeFirst())) }
                blocks.append(list(items))
            } else if line.hasPrefix(">") {
                flush()
                var quoted = [String(line.dropFirst())]
                while let next = lines.first, next.hasPrefix(">") { quoted.append(String(lines.removeFirst().dropFirst())) }
                blocks.append("<blockquote>" + html(quoted.joined(separator: "\n")) + "</blockquote>")
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return blocks.joined(separator: "\n")
    }

    /// Lines of `*` and `#` items; a longer marker nests a list in the item before it.
    private static func list(_ lines: [String]) -> String {
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
        let body = items.map { "<li>" + inline($0.text) + ($0.nested.isEmpty ? "" : list($0.nested)) + "</li>" }.joined()
        return "<\(tag)>" + body + "</\(tag)>"
    }

    static func inline(_ text: String) -> String {
        var html = HTMLText.escaped(text.trimmed)
        html = html.replacing(/@@(.+?)@@/) { "<code>" + $0.output.1 + "</code>" }
        html = html.replacing(/__(.+?)__/) { "<strong>" + $0.output.1 + "</strong>" }
        html = html.replacing(/''(.+?)''/) { "<em>" + $0.output.1 + "</em>" }
        html = html.replacing(/--(.+?)--/) { "<del>" + $0.output.1 + "</del>" }
        html = html.replacing(/\(\(([^|)]+)(?:\|([^|)]*))?[^)]*\)\)/) { match in
            "<img src=\"" + match.output.1 + "\" alt=\"" + (match.output.2 ?? "") + "\">"
        }
        html = html.replacing(/\[([^\]|]+)\|([^\]|]+)[^\]]*\]/) { "<a href=\"" + $0.output.2 + "\">" + $0.output.1 + "</a>" }
        html = html.replacing(/\[((?:https?:\/\/|\/)[^\]|]+)\]/) { "<a href=\"" + $0.output.1 + "\">" + $0.output.1 + "</a>" }
        return html.replacingOccurrences(of: "%%%", with: "<br>")
    }
}
