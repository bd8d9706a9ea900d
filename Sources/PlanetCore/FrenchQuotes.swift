/// Quotation marks in French text made French: a pair of English quotes (`“…”`, as Markdown's smart punctuation
/// writes `"…"`, or straight `"…"` in HTML and plain text) becomes `« … »` with narrow no-break spaces (U+202F) inside.
/// A pair inside guillemets or inside another pair is the inner quotation French writes with `“…”` and stays so
/// (straight quotes there become `“…”`); a quotation mark without its pair is left as written.
enum FrenchQuotes {
    /// `pieces` are the neighbouring parts of one text (HTML's text nodes): quotes pair across them. The result holds
    /// each piece rewritten, nil for those that do not change.
    static func apply(_ pieces: [String]) -> [String?] {
        guard pieces.contains(where: { $0.utf8.contains(UInt8(ascii: "\"")) || $0.unicodeScalars.contains("\u{201C}") }) else {
            return pieces.map { _ in nil }
        }
        let scalars = pieces.map { Array($0.unicodeScalars) }
        var replacements: [[Int: Replacement]] = pieces.map { _ in [:] }
        var open: [(mark: Mark, piece: Int, index: Int)] = []
        var previous: Unicode.Scalar?
        for (piece, text) in scalars.enumerated() {
            for (index, scalar) in text.enumerated() {
                defer { previous = scalar }
                switch scalar {
                case "«": open.append((.guillemet, piece, index))
                case "»": if open.last?.mark == .guillemet { open.removeLast() }
                case "\u{201C}": open.append((.quote, piece, index))
                case "\"" where opensQuote(after: previous): open.append((.quote, piece, index))
                case "\u{201D}", "\"":
                    guard let last = open.last, last.mark == .quote else { continue }
                    open.removeLast()
                    let outer = open.isEmpty
                    replacements[last.piece][last.index] = outer ? .frenchOpening : .englishOpening
                    replacements[piece][index] = outer ? .frenchClosing : .englishClosing
                default: break
                }
            }
        }
        return zip(scalars, replacements).map { text, changes in
            guard !changes.isEmpty else { return nil }
            var result = String.UnicodeScalarView()
            var index = 0
            while index < text.count {
                switch changes[index] {
                case .frenchOpening?:
                    result.append(contentsOf: "«\u{202F}".unicodeScalars)
                    while index + 1 < text.count, isSpace(text[index + 1]) { index += 1 }
                case .frenchClosing?:
                    while let last = result.last, isSpace(last) { result.removeLast() }
                    result.append(contentsOf: "\u{202F}»".unicodeScalars)
                case .englishOpening?: result.append("\u{201C}")
                case .englishClosing?: result.append("\u{201D}")
                case nil: result.append(text[index])
                }
                index += 1
            }
            return String(result)
        }
    }

    private enum Mark { case guillemet, quote }

    private enum Replacement { case frenchOpening, frenchClosing, englishOpening, englishClosing }

    /// A straight `"` opens a quotation at the start or after a space, an opening bracket or a dash.
    private static func opensQuote(after previous: Unicode.Scalar?) -> Bool {
        guard let previous else { return true }
        return previous.properties.isWhitespace || "([{«\u{2014}\u{2013}-\u{202F}\u{A0}".unicodeScalars.contains(previous)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}"
    }
}
