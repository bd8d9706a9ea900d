import Foundation
import PlanetCore

/// Turns a file's bytes into text, refusing what is not a text file, with the location of the first bad byte.
public enum TextDecoding {
    public static func decode(path: String, bytes: Data) -> Result<SourceText, Diagnostic> {
        if bytes.isEmpty {
            return .failure(.error("empty file", at: SourceLocation(path: path)))
        }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        let scan = content.withUnsafeBytes { raw -> (text: String?, hasNUL: Bool, hasCR: Bool) in
            guard let base = raw.baseAddress, !raw.isEmpty else { return ("", false, false) }
            if memchr(base, 0, raw.count) != nil { return (nil, true, false) }
            return (String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self), false, memchr(base, 0x0D, raw.count) != nil)
        }
        if scan.hasNUL, let zero = content.firstIndex(of: 0) {
            let (line, column) = position(of: zero, in: content)
            return .failure(.error(
                "binary file: it contains a NUL byte; posts, comments and settings are UTF-8 text",
                at: SourceLocation(path: path, line: line, column: column)))
        }
        guard let text = scan.text else {
            let bad = firstInvalidUTF8Offset(content)
            let (line, column) = position(of: bad, in: content)
            return .failure(.error(
                "invalid UTF-8: byte 0x\(String(content[bad], radix: 16, uppercase: true)) cannot start or continue a character; save the file as UTF-8",
                at: SourceLocation(path: path, line: line, column: column)))
        }
        let normalized = scan.hasCR ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        return .success(SourceText(path: path, text: normalized))
    }

    /// 1-based line and column (in scalars) of a byte index.
    private static func position(of index: Data.Index, in content: Data.SubSequence) -> (Int, Int) {
        let before = content[content.startIndex..<index]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? content.startIndex
        let column = content[lineStart..<index].reduce(1) { ($1 & 0xC0) == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }

    private static func firstInvalidUTF8Offset(_ content: Data.SubSequence) -> Data.Index {
        var index = content.startIndex
        while index < content.endIndex {
            let lead = content[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            let end = index + length
            guard end <= content.endIndex,
                  String(validating: content[index..<end], as: UTF8.self) != nil else { return index }
            index = end
        }
        return index
    }
}
