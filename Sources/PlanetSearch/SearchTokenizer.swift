import Foundation

/// How texts and queries are cut into the index's terms: words (runs of letters, digits and combining marks;
/// apostrophes, hyphens and punctuation apart), lowercased, accents folded ("Hôpital" → "hopital"), then stemmed by
/// Snowball in the document's language ("soignantes" → "soign"), a query's words in each language the index holds;
/// a hashtag (`#NuitBlanche`) is also the term `#nuitblanche`, kept as written but folded, so that a query for the
/// hashtag finds it. Each term keeps the byte range of its word in the original text, so that snippets mark the words
/// as written. A text that starts with `facetMark` is the index's own: one term a line (the mark in front), which no
/// reader's word can make.
final class SearchTokenizer {
    /// A term and the byte range of its word; `colocated`: at the same position as the previous term.
    struct Token: Equatable {
        var term: [UInt8]
        var start: Int
        var end: Int
        var colocated: Bool
    }

    /// What the terms are for: a document indexed (or removed), a query, or only the words' places (FTS5's
    /// snippets, which read no term).
    enum Purpose {
        case document, query, places
    }

    /// Words longer than this many bytes are cut to it.
    static let maximumWordBytes = 64
    /// The first scalar of a facets text (private use: taken out of every text a person wrote, and of queries).
    static let facetMark: Unicode.Scalar = "\u{E010}"
    private static let facetMarkBytes: [UInt8] = Array(String(facetMark).utf8)

    let languages: SearchLanguages

    init(languages: SearchLanguages) {
        self.languages = languages
    }

    /// The terms of `text` (UTF-8, invalid bytes apart).
    func tokens(_ text: UnsafeBufferPointer<UInt8>, purpose: Purpose, _ emit: (Token) -> Bool) {
        if text.starts(with: Self.facetMarkBytes) {
            facets(text, emit)
            return
        }
        let queryLanguages = languages.query.isEmpty ? [languages.document] : languages.query
        var index = 0
        while index < text.count {
            let (scalar, length) = Self.decode(text, at: index)
            let hashtag = scalar == "#" && index + 1 < text.count && Self.isWordScalar(Self.decode(text, at: index + 1).0)
                && (index == 0 || !Self.isWordScalar(Self.scalar(before: index, in: text)))
            guard hashtag || Self.isWordScalar(scalar) else {
                index += length
                continue
            }
            let wordStart = hashtag ? index + 1 : index
            var end = wordStart
            while end < text.count {
                let (next, nextLength) = Self.decode(text, at: end)
                guard Self.isWordScalar(next) else { break }
                end += nextLength
            }
            defer { index = end }
            if purpose == .places {
                if !emit(Token(term: [], start: index, end: end, colocated: false)) { return }
                continue
            }
            let folded = languages.fold(UnsafeBufferPointer(rebasing: text[wordStart..<end]))
            if hashtag {
                if !emit(Token(term: [UInt8(ascii: "#")] + folded, start: index, end: end, colocated: false)) { return }
                if purpose == .document, !emit(Token(term: languages.stem(folded, in: languages.document), start: index, end: end, colocated: true)) {
                    return
                }
            } else if purpose == .document {
                if !emit(Token(term: languages.stem(folded, in: languages.document), start: index, end: end, colocated: false)) { return }
            } else {
                var stems: [[UInt8]] = []
                for language in queryLanguages {
                    let stem = languages.stem(folded, in: language)
                    if !stems.contains(stem) { stems.append(stem) }
                }
                for (offset, stem) in stems.enumerated() where !emit(Token(term: stem, start: index, end: end, colocated: offset > 0)) {
                    return
                }
            }
        }
    }

    /// The lines of a facets text, each a term with the mark in front.
    private func facets(_ text: UnsafeBufferPointer<UInt8>, _ emit: (Token) -> Bool) {
        var start = Self.facetMarkBytes.count
        while start < text.count {
            let end = text[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.count
            if end > start, !emit(Token(term: Self.facetMarkBytes + text[start..<min(end, start + 200)], start: start, end: end, colocated: false)) {
                return
            }
            start = end + 1
        }
    }

    /// The terms of `text`, as an array.
    func tokens(of text: String, purpose: Purpose = .document) -> [Token] {
        var result: [Token] = []
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            tokens(UnsafeBufferPointer(buffer), purpose: purpose) { result.append($0); return true }
        }
        return result
    }

    /// A word lowercased, its accents and other marks taken off, cut to `maximumWordBytes` on a character boundary.
    static func fold(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var folded: [UInt8]
        if word.allSatisfy({ $0 < 0x80 }) {
            folded = word.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 + 32 : $0 }
        } else {
            let text = String(decoding: word, as: UTF8.self)
            folded = Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
                .unicodeScalars.filter { !$0.properties.isDiacritic && $0.properties.generalCategory != .nonspacingMark }
                .map(String.init).joined().lowercased().utf8)
        }
        if folded.count > maximumWordBytes {
            var cut = maximumWordBytes
            while cut > 0, folded[cut] & 0xC0 == 0x80 { cut -= 1 }
            folded.removeSubrange(cut...)
        }
        return folded
    }

    /// Letters, digits and marks make words.
    static func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || value == 0x5F
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber,
             .otherNumber, .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }

    /// The scalar at `index` and its length in bytes; nil (length 1) for an invalid byte.
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar?, Int) {
        let lead = text[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, index + length <= text.count else { return (nil, 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = text[index + offset]
            guard byte & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
        return (scalar, length)
    }

    /// The scalar that ends just before `index`, or nil.
    static func scalar(before index: Int, in text: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var start = index - 1
        while start > 0, index - start < 4, text[start] & 0xC0 == 0x80 { start -= 1 }
        let (scalar, length) = decode(text, at: start)
        return start + length == index ? scalar : nil
    }
}
