import Foundation

/// Visitors' text, made safe to keep: NFC, without control characters.
public enum TextNormalization {
    /// A name: NFC, control characters (and bidirectional controls) removed, white space collapsed onto one line, trimmed.
    public static func name(_ text: String) -> String {
        let kept = String(String.UnicodeScalarView(removingControls(text).unicodeScalars.map { isLineBreak($0) ? " " : $0 }))
        return kept.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A message: NFC, line breaks as `\n`, control characters but `\n` and `\t` removed, trailing white space trimmed.
    public static func message(_ text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return removingControls(unified, keeping: ["\n", "\t"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A single-line field (a URL, an id, an answer): NFC, controls removed, trimmed.
    public static func field(_ text: String) -> String {
        removingControls(text).trimmingCharacters(in: .whitespaces)
    }

    static func removingControls(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
        let scalars = text.precomposedStringWithCanonicalMapping.unicodeScalars.filter { scalar in
            if kept.contains(scalar) { return true }
            if isLineBreak(scalar) { return kept.isEmpty }
            return scalar.properties.generalCategory != .control && !invisibleFormats.contains(scalar.value)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Bidirectional embeddings, overrides and isolates (which can disguise text) and the byte order mark; the
    /// joiners that emoji and some scripts need stay.
    static let invisibleFormats: Set<UInt32> = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF]

    /// Line and paragraph separators, kept as spaces in one-line text.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" || scalar == "\u{0B}"
            || scalar == "\u{0C}"
    }
}
