import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns a feed's bytes into UTF-8 for libxml2, in the encoding `FeedEncoding` decided: UTF-8 keeps its valid
/// sequences and reads each stray byte as Windows-1252 (so a UTF-8 feed with a few Windows-1252 bytes gets no
/// mojibake), Windows-1252 is read as WHATWG reads it, the Mac code pages glibc lacks from `FeedEncoding.singleByte`,
/// and glibc's iconv reads the rest, a byte it cannot read
/// becoming U+FFFD. Characters XML forbids (C0 controls but tab and newlines, U+FFFE, U+FFFF) are dropped, and C1
/// controls, which no feed means, are read as the Windows-1252 characters of their bytes (`U+0092` is `’`).
enum FeedTranscoder {
    /// The text of `data` as UTF-8 bytes, without its byte order mark.
    static func utf8(_ data: Data, encoding: FeedEncoding) -> [UInt8] {
        let bytes = [UInt8](data.dropFirst(encoding.markLength))
        let text: String
        switch encoding.iconv {
        case "UTF-8": text = repairedUTF8(bytes)
        case "CP1252": text = windows1252(bytes)
        default:
            if let table = FeedEncoding.singleByte[encoding.iconv]?.high {
                text = String(String.UnicodeScalarView(bytes.map { $0 < 0x80 ? Unicode.Scalar($0) : Unicode.Scalar(table[Int($0) - 0x80]) ?? "\u{FFFD}" }))
            } else {
                text = decode(bytes, iconv: encoding.iconv)
            }
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isXMLCharacter(scalar) {
            scalars.append((0x80...0x9F).contains(scalar.value) ? windows1252Scalar(UInt8(scalar.value)) : scalar)
        }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        return Array(String(scalars).utf8)
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// Windows-1252's characters for bytes 0x80 to 0x9F; the five it leaves undefined keep their C1 code point.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        (0x80...0x9F).contains(byte) ? Unicode.Scalar(windows1252High[Int(byte - 0x80)])! : Unicode.Scalar(byte)
    }

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(windows1252Scalar(byte)) }
        return String(scalars)
    }

    /// UTF-8 whose invalid bytes are read as Windows-1252, one by one; when invalid bytes outnumber the valid
    /// multi-byte characters, the text was never UTF-8, and all of it is read as Windows-1252.
    static func repairedUTF8(_ bytes: [UInt8]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var scalars = String.UnicodeScalarView()
        var (invalid, multiByte) = (0, 0)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : (0xC2...0xDF).contains(lead) ? 2 : (0xE0...0xEF).contains(lead) ? 3 : (0xF0...0xF4).contains(lead) ? 4 : 0
            if length > 0, index + length <= bytes.count,
               let decoded = String(validating: bytes[index..<index + length], as: UTF8.self) {
                scalars.append(contentsOf: decoded.unicodeScalars)
                index += length
                if length > 1 { multiByte += 1 }
            } else {
                scalars.append(windows1252Scalar(lead))
                index += 1
                invalid += 1
            }
        }
        return invalid > multiByte ? windows1252(bytes) : String(scalars)
    }

    /// `bytes` read with glibc's iconv; a byte it cannot read becomes U+FFFD.
    static func decode(_ bytes: [UInt8], iconv name: String) -> String {
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return repairedUTF8(bytes) }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var input = bytes
        var buffer = [UInt8](repeating: 0, count: 16_384)
        input.withUnsafeMutableBufferPointer { inputBuffer in
            guard let inputBase = inputBuffer.baseAddress else { return }
            var inputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBase).assumingMemoryBound(to: CChar.self)
            var inputLeft = inputBuffer.count
            buffer.withUnsafeMutableBufferPointer { outputBuffer in
                let outputBase = UnsafeMutableRawPointer(outputBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                func drain(_ outputPointer: UnsafeMutablePointer<CChar>?) {
                    let produced = (outputPointer ?? outputBase) - outputBase
                    output.append(contentsOf: UnsafeRawBufferPointer(start: outputBase, count: produced))
                }
                while inputLeft > 0 {
                    var outputPointer: UnsafeMutablePointer<CChar>? = outputBase
                    var outputLeft = outputBuffer.count
                    let result = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                    drain(outputPointer)
                    if result == -1 {
                        let failure = errno
                        if failure == E2BIG { continue }
                        output += [0xEF, 0xBF, 0xBD]
                        if failure == EINVAL { break }
                        inputPointer = inputPointer.map { $0 + 1 }
                        inputLeft -= 1
                        iconv(converter, nil, nil, nil, nil)
                    }
                }
                var outputPointer: UnsafeMutablePointer<CChar>? = outputBase
                var outputLeft = outputBuffer.count
                iconv(converter, nil, nil, &outputPointer, &outputLeft)
                drain(outputPointer)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether iconv's encoding `name` is an EBCDIC code page: it reads `<?xm` from EBCDIC's bytes for it.
    static func isEBCDIC(_ name: String) -> Bool {
        decode([0x4C, 0x6F, 0xA7, 0x94], iconv: name) == "<?xm"
    }
}
