/// Small typographic touches for plain-text fields (titles, summaries, bios), which Markdown's smart
/// punctuation does not reach.
public enum Typography {
    /// A straight apostrophe after a letter becomes a typographic one: `l'hôpital` → `l’hôpital`.
    public static func apostrophes(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "'")) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var previous: Character?
        for character in text {
            result.append(character == "'" && previous?.isLetter == true ? "\u{2019}" : character)
            previous = character
        }
        return result
    }

    /// Whether a BCP 47 language tag is French (`fr`, `fr-CA`...), whose typography `frenchSpacing` follows.
    public static func isFrench(_ language: String) -> Bool {
        let lowered = language.lowercased()
        return lowered == "fr" || lowered.hasPrefix("fr-")
    }

    /// The spaces that French puts around some punctuation, made unbreakable: the whitespace an author
    /// typed before `;`, `!` and `?`, after `«` and before `»` becomes a narrow no-break space (U+202F), the
    /// one before `:` a no-break space (U+00A0): `Il dit : « oui ! »`. No space is added where there is
    /// none (`http://x`), punctuation followed by a letter or digit is left alone (`a ?b`, `x !important`),
    /// and a tag written as text (`<a title="a ?">` in a comment) is kept as it is.
    /// `preceding` and `following` are the text just around `text` (the neighbouring text nodes of HTML).
    public static func frenchSpacing(_ text: String, preceding: Unicode.Scalar? = nil, following: Substring.UnicodeScalarView = Substring().unicodeScalars) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { isSpace($0) }) else { return text }
        let after = Array(following.prefix(8))
        func scalar(at index: Int) -> Unicode.Scalar? {
            index < scalars.count ? scalars[index] : (index - scalars.count < after.count ? after[index - scalars.count] : nil)
        }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let current = scalars[index]
            if current == "<", let close = tagEnd(in: scalars, from: index) {
                result.append(contentsOf: scalars[index...close])
                index = close + 1
                continue
            }
            guard isSpace(current) else {
                result.append(current)
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isSpace(scalars[end]) { end += 1 }
            let before = index > 0 ? scalars[index - 1] : preceding
            if let space = unbreakableSpace(before: before, next: scalar(at:), at: end) {
                result.append(space)
            } else {
                result.append(contentsOf: scalars[index..<end])
            }
            index = end
        }
        return String(result)
    }

    /// The no-break space that replaces the whitespace between `before` and the text from `index`, if any.
    private static func unbreakableSpace(before: Unicode.Scalar?, next: (Int) -> Unicode.Scalar?, at index: Int) -> Unicode.Scalar? {
        guard let first = next(index) else { return nil }
        if before == "«" || first == "»" { return narrowNoBreakSpace }
        guard first == ";" || first == "!" || first == "?" || first == ":" else { return nil }
        var end = index
        while let scalar = next(end), ";:!?".unicodeScalars.contains(scalar) { end += 1 }
        if let following = next(end), following.properties.isAlphabetic || following.properties.numericType != nil {
            return nil
        }
        return first == ":" ? noBreakSpace : narrowNoBreakSpace
    }

    /// The index of the `>` that closes a tag written as text from `start` (`<` then a letter, `/` or `!`).
    private static func tagEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < scalars.count else { return nil }
        let next = scalars[start + 1]
        guard next == "/" || next == "!" || (next.isASCII && next.properties.isAlphabetic) else { return nil }
        return scalars[(start + 1)...].firstIndex(of: ">")
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    static let noBreakSpace: Unicode.Scalar = "\u{00A0}"
    static let narrowNoBreakSpace: Unicode.Scalar = "\u{202F}"
}
