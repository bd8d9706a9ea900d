/// The stretches of a text that look like web addresses (`https://x.org/a#b`, `twitter.com/#tag`),
/// where a `#` starts a fragment, not a hashtag.
struct URLSpans {
    private var spans: [Range<Int>] = []

    init(_ scalars: [Unicode.Scalar]) {
        var index = 0
        while index < scalars.count {
            guard index == 0 || !Self.isWordCharacter(scalars[index - 1]), Self.isWordCharacter(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, !Self.isWhitespace(scalars[end]) { end += 1 }
            if Self.isAddress(scalars[index..<end]) { spans.append(index..<end) }
            index = end
        }
    }

    func contains(_ index: Int) -> Bool {
        spans.contains { $0.contains(index) }
    }

    /// `scheme://...`, or a host name with a dot and an alphabetic top-level domain, then `/`, `:` or the end.
    private static func isAddress(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        var position = token.startIndex
        while position < token.endIndex, isSchemeCharacter(token[position]) { position += 1 }
        if position + 2 < token.endIndex, token[position] == ":", token[position + 1] == "/", token[position + 2] == "/" {
            return true
        }
        var host = token.startIndex
        while host < token.endIndex, isWordCharacter(token[host]) || token[host] == "." || token[host] == "-" { host += 1 }
        guard host < token.endIndex, token[host] == "/" || token[host] == ":" else { return false }
        let labels = token[token.startIndex..<host].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let topLevel = labels.last, topLevel.count >= 2,
              topLevel.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return false }
        return labels.allSatisfy { !$0.isEmpty }
    }

    private static func isSchemeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "+" || scalar == "." || scalar == "-"
    }

    /// A letter or a digit of any script; ASCII answered without the Unicode tables.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Unicode's White_Space; ASCII answered without the Unicode tables.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x9...0xD).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }
}
