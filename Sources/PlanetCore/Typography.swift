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
}
