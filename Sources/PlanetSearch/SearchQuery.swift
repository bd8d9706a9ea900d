/// A reader's query, parsed by planet into terms and phrases (text between double quotes), never read as FTS5
/// syntax: operators, column filters, `*` and unbalanced quotes are words or nothing; control, format and
/// private-use characters are spaces. Cut to `maximumLength`
/// characters and `maximumParts` parts.
public struct SearchQuery: Sendable, Hashable {
    public static let maximumLength = 200
    public static let maximumParts = 12

    /// The terms and phrases, as the reader wrote them (a phrase without its quotes).
    public var parts: [String]

    public init(_ text: String) {
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.prefix(Self.maximumLength).map { scalar in
            [.control, .format, .privateUse].contains(scalar.properties.generalCategory) ? " " : scalar
        }))
        var parts: [String] = []
        var inPhrase = false
        for (offset, piece) in cleaned.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            inPhrase = offset % 2 == 1
            let isLastOpenPhrase = inPhrase && offset == cleaned.split(separator: "\"", omittingEmptySubsequences: false).count - 1
            if inPhrase && !isLastOpenPhrase {
                let phrase = piece.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if !phrase.isEmpty { parts.append(phrase) }
            } else {
                parts += piece.split(whereSeparator: \.isWhitespace).map(String.init)
            }
        }
        self.parts = Array(parts.prefix(Self.maximumParts))
    }

    /// What the reader wrote, tidied: terms, and phrases in quotes.
    public var text: String {
        parts.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
    }
}
