import Foundation
import Synchronization

/// URL slugs and grouping keys for names written by people (`Médecine générale`).
public enum Slug {
    /// Lowercase ASCII letters, digits and single hyphens, with accents folded:
    /// `Médecine générale` → `medecine-generale`, `L'œil du MG` → `l-oeil-du-mg`. May be empty.
    public static func make(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        slug.reserveCapacity(folded.utf8.count)
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let ascii: String
            switch scalar {
            case "a"..."z", "0"..."9": ascii = String(scalar)
            case "A"..."Z": ascii = String(scalar).lowercased()
            default: ascii = transliterations[scalar] ?? ""
            }
            if ascii.isEmpty {
                pendingHyphen = !slug.isEmpty
                continue
            }
            if pendingHyphen { slug += "-" }
            pendingHyphen = false
            slug += ascii
        }
        return slug
    }

    /// The key that groups spellings of one name: NFC, case-folded, diacritics folded, spaces collapsed.
    /// `Santé`, `SANTÉ`, `sante` and `sante` written with a combining accent share one key.
    /// Remembered, since a site asks for the keys of the same few names over and over.
    public static func groupingKey(_ text: String) -> String {
        if let known = groupingKeys.withLock({ $0[text] }) { return known }
        let folded = text.precomposedStringWithCanonicalMapping
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        let key = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        groupingKeys.withLock { $0[text] = key }
        return key
    }

    private static let groupingKeys = Mutex<[String: String]>([:])

    /// Letters that folding keeps as they are but that have a usual ASCII spelling.
    private static let transliterations: [Unicode.Scalar: String] = [
        "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "þ": "th", "Þ": "th", "ð": "d", "ı": "i",
    ]
}
