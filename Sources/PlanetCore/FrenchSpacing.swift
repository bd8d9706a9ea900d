/// The work of `Typography.frenchSpacing` on one text's UTF-8 bytes, followed by a few bytes of the text
/// after it (`after`), which are read but never rewritten.
struct FrenchSpacing {
    let bytes: [UInt8]
    let after: [UInt8]
    let precededByGuillemet: Bool

    /// The bytes with French spacing, or nil when nothing changes.
    func spaced() -> [UInt8]? {
        var result: [UInt8] = []
        var copied = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let close = tagEnd(from: index) {
                index = close + 1
                continue
            }
            guard Self.isSpace(bytes[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, Self.isSpace(bytes[end]) { end += 1 }
            let next = end < bytes.count ? bytes[end] : after.first
            let afterOpening = index == 0 ? precededByGuillemet : index >= 2 && bytes[index - 2] == 0xC2 && bytes[index - 1] == 0xAB
            guard afterOpening || next.map({ Typography.isPunctuation($0) || $0 == 0xC2 }) == true else {
                index = end
                continue
            }
            if let space = unbreakableSpace(runStart: index, runEnd: end, afterOpening: afterOpening) {
                if copied == 0 { result.reserveCapacity(bytes.count + 16) }
                result += bytes[copied..<index]
                result += space
                copied = end
            }
            index = end
        }
        guard copied > 0 else { return nil }
        result += bytes[copied...]
        return result
    }

    private func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : (index - bytes.count < after.count ? after[index - bytes.count] : nil)
    }

    /// Whether `«` (C2 AB) or `»` (C2 BB) starts at `index`.
    private func isGuillemet(at index: Int, closing: Bool) -> Bool {
        byte(at: index) == 0xC2 && byte(at: index + 1) == (closing ? 0xBB : 0xAB)
    }

    /// The no-break space that replaces the whitespace from `runStart` to `runEnd`, if any
    /// (`afterOpening`: the whitespace follows `«`).
    private func unbreakableSpace(runStart: Int, runEnd: Int, afterOpening: Bool) -> [UInt8]? {
        guard let first = byte(at: runEnd) else { return nil }
        if afterOpening || isGuillemet(at: runEnd, closing: true) { return Self.narrowNoBreakSpace }
        guard Typography.isPunctuation(first), !isEmoticon(at: runEnd) else { return nil }
        var end = runEnd
        while let next = byte(at: end), Typography.isPunctuation(next) { end += 1 }
        if let next = scalar(at: end), next.properties.isAlphabetic || next.properties.numericType != nil { return nil }
        return first == UInt8(ascii: ":") ? Self.noBreakSpace : Self.narrowNoBreakSpace
    }

    /// Whether an emoticon starts at `index`: `:` or `;`, maybe a nose `-` or a tear `'`, then a mouth, and no letter
    /// or digit after it (`:)`, `:-(`, `;)`, `:D`, `:P`, `:/`, `:'(`; not `:Dans`).
    private func isEmoticon(at index: Int) -> Bool {
        guard let eyes = byte(at: index), eyes == UInt8(ascii: ":") || eyes == UInt8(ascii: ";") else { return false }
        var mouth = index + 1
        if let nose = byte(at: mouth), nose == UInt8(ascii: "-") || nose == UInt8(ascii: "'") { mouth += 1 }
        guard let face = byte(at: mouth), Self.mouths.contains(face) else { return false }
        guard let next = scalar(at: mouth + 1) else { return true }
        return !(next.properties.isAlphabetic || next.properties.numericType != nil)
    }

    private static let mouths = Set(")(DPpOo/\\|][*".utf8)

    /// The character that starts at `index`, if any.
    private func scalar(at index: Int) -> Unicode.Scalar? {
        guard let lead = byte(at: index) else { return nil }
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let encoded = (index..<(index + length)).compactMap(byte(at:))
        return String(decoding: encoded, as: UTF8.self).unicodeScalars.first
    }

    /// The index of the `>` that closes a tag written as text from `start` (`<` then a letter, `/` or `!`).
    private func tagEnd(from start: Int) -> Int? {
        guard start + 1 < bytes.count else { return nil }
        let next = bytes[start + 1]
        guard next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || (next < 0x80 && Unicode.Scalar(next).properties.isAlphabetic) else { return nil }
        return bytes[(start + 1)...].firstIndex(of: UInt8(ascii: ">"))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static let noBreakSpace: [UInt8] = [0xC2, 0xA0]
    static let narrowNoBreakSpace: [UInt8] = [0xE2, 0x80, 0xAF]
}
