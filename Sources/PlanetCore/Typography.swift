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
    /// none (`http://x`), punctuation followed by a letter or digit is left alone (`a ?b`, `x !important`), so is
    /// an emoticon (`magique :)`, `;-)`, `:D`, `:/`), and a tag written as text (`<a title="a ?">` in a comment) is
    /// kept as it is. English quotes become guillemets first (see `frenchQuotes`).
    public static func frenchSpacing(_ text: String) -> String {
        let quoted = frenchQuotes([text])[0] ?? text
        return frenchSpacing(utf8: Array(quoted.utf8), precededByGuillemet: false, following: [])
            .map { String(decoding: $0, as: UTF8.self) } ?? quoted
    }

    /// French quotation marks in French text: a pair of `“…”` or straight `"…"` quotes becomes `« … »` with narrow
    /// no-break spaces inside, but the inner pair of a quotation stays (or becomes) `“…”`, and a mark without its pair is
    /// left alone. `pieces` are the neighbouring parts of one text, such as HTML's text nodes; nil for a piece unchanged.
    public static func frenchQuotes(_ pieces: [String]) -> [String?] {
        FrenchQuotes.apply(pieces)
    }

    /// `frenchSpacing` on UTF-8 text that may continue another (the neighbouring text nodes of HTML):
    /// `precededByGuillemet` tells that the text before it ends with `«`, `following` holds the first
    /// bytes of the text after it, which are read but not returned. Nil when nothing changes.
    public static func frenchSpacing(utf8 bytes: [UInt8], precededByGuillemet: Bool, following: [UInt8]) -> [UInt8]? {
        guard precededByGuillemet || following.first.map(isTrigger) == true || bytes.contains(where: isTrigger) else {
            return nil
        }
        return FrenchSpacing(bytes: bytes, after: following, precededByGuillemet: precededByGuillemet).spaced()
    }

    /// A byte that may start a character French spaces: `;:!?`, or the first byte of `«` and `»` (C2).
    private static func isTrigger(_ byte: UInt8) -> Bool {
        isPunctuation(byte) || byte == 0xC2
    }

    static func isPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }
}
