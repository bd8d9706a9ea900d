/// Plain text written into Markdown so that it reads back as the same text: no emphasis, link, image, autolink,
/// HTML, heading, list or quote can come out of it.
public enum MarkdownEscape {
    /// Characters escaped wherever they are. Backslash escapes work for any ASCII punctuation (CommonMark 2.4).
    static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "!", "#", "|", "~", "&"]

    /// `text` on one line, escaped: the characters above; `:` before `//` and `.` after `www` (GFM's autolinks);
    /// at the start, `-`, `+`, `=` and the `.` or `)` after digits (lists and headings). `@` is followed by a word
    /// joiner (U+2060, invisible): GFM links `name@example.org` from text that escapes cannot break.
    public static func escaped(_ text: String) -> String {
        let characters = Array(text.split(whereSeparator: { $0.isNewline }).joined(separator: " "))
        var result = ""
        let leadingDigits = characters.prefix { $0.isASCII && $0.isNumber }.count
        for (index, character) in characters.enumerated() {
            var escape = alwaysEscaped.contains(character)
            switch character {
            case ":": escape = index + 2 < characters.count && characters[index + 1] == "/" && characters[index + 2] == "/"
            case ".": escape = index >= 3 && String(characters[(index - 3)..<index]).lowercased() == "www"
                || (index == leadingDigits && index > 0)
            case ")": escape = index == leadingDigits && index > 0
            case "-", "+", "=": escape = index == 0
            default: break
            }
            if escape { result.append("\\") }
            result.append(character)
            if character == "@" { result.append("\u{2060}") }
        }
        return result
    }
}
