/// Text for the service's log, which is read in a journal or a terminal: a log line stays one line, of bounded
/// length, whatever a client sends.
enum LogText {
    /// The bytes of a request's text (its path, its method) kept in a line.
    static let requestLimit = 200
    /// The bytes of a whole line.
    static let lineLimit = 1000

    /// Text from a request, or any name not chosen by the service: printable ASCII as it is, every other byte (control
    /// characters, line breaks, non-ASCII) and the backslash as `\xNN`, cut at `limit` bytes with "…" (which no
    /// escaped text holds, so a cut is always told).
    static func escaped(_ text: String, limit: Int = requestLimit) -> String {
        var kept: [UInt8] = []
        for byte in text.utf8 {
            let printable = (0x20...0x7E).contains(byte) && byte != UInt8(ascii: "\\")
            if kept.count + (printable ? 1 : 4) > limit { return String(decoding: kept, as: UTF8.self) + "…" }
            if printable {
                kept.append(byte)
            } else {
                kept += [UInt8(ascii: "\\"), UInt8(ascii: "x"), hexDigit(byte >> 4), hexDigit(byte & 0xF)]
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// A line as the log writes it: control characters and the line and paragraph separators as `\u{...}`, so that
    /// it stays one line (the other characters are kept: the service's own lines are not escaped further), cut at
    /// `lineLimit` bytes with "…".
    static func line(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        var bytes = 0
        for scalar in text.unicodeScalars {
            let piece: String.UnicodeScalarView
            if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                piece = "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars
            } else {
                piece = String(scalar).unicodeScalars
            }
            let size = String(piece).utf8.count
            if bytes + size > lineLimit {
                kept.append("…")
                break
            }
            kept.append(contentsOf: piece)
            bytes += size
        }
        return String(kept)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
