/// Shortens a plain-text summary at a word boundary.
enum SummaryText {
    static let maximumLength = 320

    static func shortened(_ text: String) -> String {
        guard text.count > maximumLength else { return text }
        let cut = text.prefix(maximumLength)
        let end = cut.lastIndex(where: { $0.isWhitespace }) ?? cut.endIndex
        var shortened = String(cut[..<end])
        while let last = shortened.last, last.isPunctuation || last.isWhitespace { shortened.removeLast() }
        return shortened + "…"
    }
}
