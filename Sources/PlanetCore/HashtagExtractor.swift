/// Finds hashtags in plain text by twitter-text's rules (its conformance cases pass):
/// a `#` or `＃` after a boundary, then letters, marks, digits, `_` and a few joiners, with at least one
/// letter or mark. So `C#`, `&#39;`, `#123` and `text#tag` are not hashtags, trailing punctuation is not
/// part of one, and `#aujourd'hui` and `#covid-19` end at the apostrophe and at the hyphen.
/// Hashtags inside URLs (`https://x.org/#section`, `x.org/#a`) do not count.
///
/// Two departures from twitter-text, for what blogs write: a `#` right after another `#` is no boundary (`##Titre`, a
/// heading missing its space, is no hashtag), and a CSS colour is no hashtag (see `isColour`).
public enum HashtagExtractor {
    public static func matches(in text: String) -> [HashtagMatch] {
        guard text.utf8.contains(UInt8(ascii: "#")) || text.unicodeScalars.contains("＃") else { return [] }
        let scalars = Array(text.unicodeScalars)
        let urls = URLSpans(scalars)
        var found: [HashtagMatch] = []
        var index = 0
        while index < scalars.count {
            guard isHashSign(scalars[index]), hasBoundary(before: index, in: scalars),
                  index + 1 < scalars.count, scalars[index + 1] != "\u{FE0F}", scalars[index + 1] != "\u{20E3}" else {
                index += 1
                continue
            }
            var end = index + 1
            var hasLetter = false
            while end < scalars.count, isHashtagCharacter(scalars[end]) {
                hasLetter = hasLetter || isLetterOrMark(scalars[end])
                end += 1
            }
            guard end > index + 1 else {
                index += 1
                continue
            }
            if hasLetter, !isFollowedByHashOrScheme(end, in: scalars), !urls.contains(index), !isColour(scalars[(index + 1)..<end]) {
                var name = String.UnicodeScalarView()
                name.append(contentsOf: scalars[(index + 1)..<end])
                found.append(HashtagMatch(name: String(name), range: index..<end))
            }
            index = end
        }
        return found
    }

    /// Whether a hashtag's name is a CSS colour (`#e0e0e0`, `#FFF000`, `#fff`): 3, 4, 6 or 8 ASCII hex digits that hold
    /// a decimal digit or repeat one letter (`#fff`, `#EEEE`). Words written with the letters a to f stay hashtags
    /// (`#cafe`, `#bad`, `#efface`, `#ABBA`).
    static func isColour(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard [3, 4, 6, 8].contains(name.count), name.allSatisfy({ $0.properties.isASCIIHexDigit }) else { return false }
        if name.contains(where: { ("0"..."9").contains($0) }) { return true }
        return Set(name.map(\.properties.lowercaseMapping)).count == 1
    }

    static func isHashSign(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "#" || scalar == "＃"
    }

    /// Start of text, a variation selector, or anything that is neither a hashtag character nor `&`.
    static func hasBoundary(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard index > 0 else { return true }
        let previous = scalars[index - 1]
        if previous == "\u{FE0E}" || previous == "\u{FE0F}" { return true }
        return previous != "&" && !isHashSign(previous) && !isHashtagCharacter(previous)
    }

    /// twitter-text's `endHashtagMatch`: a hashtag directly followed by another hash sign or `://` is dropped.
    static func isFollowedByHashOrScheme(_ index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard index < scalars.count else { return false }
        if isHashSign(scalars[index]) { return true }
        return index + 2 < scalars.count && scalars[index] == ":" && scalars[index + 1] == "/" && scalars[index + 2] == "/"
    }

    static func isLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Letters, marks, decimal digits, `_`, and the joiners twitter-text allows inside a hashtag.
    static func isHashtagCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
        }
        if isLetterOrMark(scalar) || scalar.properties.generalCategory == .decimalNumber { return true }
        return specialCharacters.contains(scalar.value)
    }

    /// ZWNJ, ZWJ, and punctuation that joins words in Hebrew, Japanese, Tibetan and Catalan.
    static let specialCharacters: Set<UInt32> = [
        0x200C, 0x200D, 0xA67E, 0x05BE, 0x05F3, 0x05F4, 0xFF5E, 0x301C, 0x309B, 0x309C, 0x30A0, 0x30FB,
        0x3003, 0x0F0B, 0x0F0C, 0x00B7,
    ]
}
