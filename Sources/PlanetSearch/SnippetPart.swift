/// A piece of a snippet: text, marked when it is a matched word.
public struct SnippetPart: Sendable, Hashable {
    public var text: String
    public var marked: Bool

    /// The parts of FTS5's `snippet()`, whose matched words are between U+E000 and U+E001 (texts indexed have no
    /// private-use character of their own).
    static func parts(_ snippet: String) -> [SnippetPart] {
        var parts: [SnippetPart] = []
        var current = ""
        var marked = false
        for scalar in snippet.unicodeScalars {
            if scalar == "\u{E000}" || scalar == "\u{E001}" {
                if !current.isEmpty { parts.append(SnippetPart(text: current, marked: marked)) }
                current = ""
                marked = scalar == "\u{E000}"
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { parts.append(SnippetPart(text: current, marked: marked)) }
        return parts
    }
}
