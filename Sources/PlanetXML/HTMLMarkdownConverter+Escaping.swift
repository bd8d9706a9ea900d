import Foundation

extension HTMLMarkdownConverter {
    /// Characters that would start Markdown anywhere in a line; each is written after a backslash.
    static let specialCharacters: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    /// HTML's whitespace (space, tab, line breaks, form feed) collapsed to single spaces; no-break spaces stay.
    func collapsed(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if [" ", "\t", "\n", "\r", "\u{0C}"].contains(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace { result += " " }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return pendingSpace ? result + " " : result
    }

    /// Text escaped so that cmark-gfm reads it back as the same text: Markdown's special characters, a `&` that would
    /// start a reference, and `{#` (a heading attribute).
    func escaped(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if Self.specialCharacters.contains(character)
                || character == "&" && Self.startsReference(text[index...])
                || character == "{" && next < text.endIndex && text[next] == "#"
                || character == "!" && next < text.endIndex && text[next] == "[" {
                result += "\\"
            }
            result.append(character)
            index = next
        }
        return result
    }

    /// `&name;`, `&#123;` or `&#x7B;` at the start of `text`: what Markdown reads as a character reference.
    static func startsReference(_ text: Substring) -> Bool {
        text.prefixMatch(of: /&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/) != nil
    }

    /// Inline Markdown as a paragraph: trimmed, a trailing hard break dropped, and each line's start escaped where it
    /// would begin a heading, a list, a quote or a setext underline.
    func paragraph(_ inline: String) -> String {
        var text = inline.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("\\\n") || text.hasSuffix(" ") || text.hasSuffix(" \n") {
            text.removeLast(text.hasSuffix(" ") ? 1 : 2)
        }
        while text.hasPrefix("\\\n") { text.removeFirst(2) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop { $0 == " " }
            return Self.escapedLineStart(String(trimmed))
        }
        return lines.joined(separator: "\n")
    }

    private static func escapedLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if first == "-" || first == "+" || first == "=" { return "\\" + line }
        if first == "#", let match = line.prefixMatch(of: /#{1,6}(?: |$)/), !match.output.isEmpty { return "\\" + line }
        if let match = line.prefixMatch(of: /[0-9]{1,9}(?=[.)](?: |$))/) {
            return String(match.output) + "\\" + line[match.range.upperBound...]
        }
        return line
    }
}
