import Foundation

/// The character encoding of a feed's bytes, decided as RFC 7303 (section 3) orders it: a byte order mark, then the
/// charset of the HTTP `Content-Type`, then the XML declaration, read in the byte family the first bytes show (UTF-16
/// or UTF-32 without a mark, EBCDIC), else UTF-8. Labels are read as browsers read them (WHATWG Encoding Standard:
/// `iso-8859-1` and `us-ascii` are Windows-1252); glibc's iconv reads the rest (EBCDIC, Mac and DOS code pages...).
/// A label that contradicts the width of the bytes (a UTF-16 label on bytes that are not) is passed over.
public struct FeedEncoding: Sendable, Hashable {
    /// What decided the encoding.
    public enum Source: String, Sendable, Hashable {
        case byteOrderMark, httpCharset, declaration, bytes, fallback
    }

    /// Its canonical name, lowercase: `utf-8`, `windows-1252`, `koi8-r`, `utf-16le`, `ibm037`...
    public var name: String
    public var source: Source
    /// iconv's name for it, or the name of one of `singleByte`'s tables.
    var iconv: String
    /// Bytes of the byte order mark.
    var markLength: Int

    /// The encoding of `data`, served with the HTTP `Content-Type` `contentType` (nil when unknown).
    public static func decide(_ data: Data, contentType: String?) -> FeedEncoding {
        let head = [UInt8](data.prefix(1024))
        if let mark = byteOrderMark(head) { return mark }
        let family = Family(head)
        if let charset = contentType.flatMap(charsetParameter), let known = resolve(charset, family: family) {
            return FeedEncoding(name: known.name, source: .httpCharset, iconv: known.iconv, markLength: 0)
        }
        if let declared = declaredLabel(head, family: family), let known = resolve(declared, family: family) {
            return FeedEncoding(name: known.name, source: .declaration, iconv: known.iconv, markLength: 0)
        }
        switch family {
        case .utf16BE: return FeedEncoding(name: "utf-16be", source: .bytes, iconv: "UTF-16BE", markLength: 0)
        case .utf16LE: return FeedEncoding(name: "utf-16le", source: .bytes, iconv: "UTF-16LE", markLength: 0)
        case .utf32BE: return FeedEncoding(name: "utf-32be", source: .bytes, iconv: "UTF-32BE", markLength: 0)
        case .utf32LE: return FeedEncoding(name: "utf-32le", source: .bytes, iconv: "UTF-32LE", markLength: 0)
        case .ebcdic: return FeedEncoding(name: "ibm037", source: .bytes, iconv: "IBM037", markLength: 0)
        case .asciiCompatible: return FeedEncoding(name: "utf-8", source: .fallback, iconv: "UTF-8", markLength: 0)
        }
    }

    /// The byte families an XML document can start in (XML 1.0, appendix F).
    enum Family {
        case asciiCompatible, utf16BE, utf16LE, utf32BE, utf32LE, ebcdic

        init(_ head: [UInt8]) {
            switch Array(head.prefix(4)) {
            case [0x00, 0x00, 0x00, 0x3C]: self = .utf32BE
            case [0x3C, 0x00, 0x00, 0x00]: self = .utf32LE
            case [0x00, 0x3C, 0x00, 0x3F]: self = .utf16BE
            case [0x3C, 0x00, 0x3F, 0x00]: self = .utf16LE
            case [0x4C, 0x6F, 0xA7, 0x94]: self = .ebcdic
            default: self = .asciiCompatible
            }
        }

        /// Bytes per code unit: 1, 2 or 4 (EBCDIC is 1).
        var width: Int {
            switch self {
            case .asciiCompatible, .ebcdic: 1
            case .utf16BE, .utf16LE: 2
            case .utf32BE, .utf32LE: 4
            }
        }
    }

    private static func byteOrderMark(_ head: [UInt8]) -> FeedEncoding? {
        let marks: [([UInt8], String, String)] = [
            ([0x00, 0x00, 0xFE, 0xFF], "utf-32be", "UTF-32BE"), ([0xFF, 0xFE, 0x00, 0x00], "utf-32le", "UTF-32LE"),
            ([0xEF, 0xBB, 0xBF], "utf-8", "UTF-8"), ([0xFE, 0xFF], "utf-16be", "UTF-16BE"), ([0xFF, 0xFE], "utf-16le", "UTF-16LE"),
        ]
        for (mark, name, iconv) in marks where head.starts(with: mark) {
            return FeedEncoding(name: name, source: .byteOrderMark, iconv: iconv, markLength: mark.count)
        }
        return nil
    }

    /// The `charset` parameter of a media type, unquoted.
    static func charsetParameter(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The encoding a label names, if it fits the width of the bytes; UTF-16 and UTF-32 take the bytes' order.
    static func resolve(_ label: String, family: Family) -> (name: String, iconv: String)? {
        let lowered = label.lowercased().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
        let sixteen = ["utf-16", "utf16", "utf-16le", "utf-16be", "ucs-2", "unicode", "csunicode", "iso-10646-ucs-2", "unicodefeff", "unicodefffe"]
        let thirtyTwo = ["utf-32", "utf32", "utf-32le", "utf-32be", "ucs-4", "iso-10646-ucs-4"]
        if sixteen.contains(lowered) {
            guard family.width == 2 else { return nil }
            return family == .utf16LE ? ("utf-16le", "UTF-16LE") : ("utf-16be", "UTF-16BE")
        }
        if thirtyTwo.contains(lowered) {
            guard family.width == 4 else { return nil }
            return family == .utf32LE ? ("utf-32le", "UTF-32LE") : ("utf-32be", "UTF-32BE")
        }
        guard family.width == 1, let known = named(label) else { return nil }
        if family == .ebcdic, !FeedTranscoder.isEBCDIC(known.iconv) { return nil }
        if family == .asciiCompatible, FeedTranscoder.isEBCDIC(known.iconv) { return nil }
        return known
    }

    /// The `encoding` of the XML declaration, read in the family of the first bytes.
    static func declaredLabel(_ head: [UInt8], family: Family) -> String? {
        let text: String
        switch family {
        case .asciiCompatible:
            text = String(decoding: head.prefix(512).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        case .ebcdic:
            text = FeedTranscoder.decode(Array(head.prefix(512)), iconv: "IBM037")
        case .utf16BE, .utf16LE, .utf32BE, .utf32LE:
            let width = family.width
            let offset = family == .utf16BE ? 1 : family == .utf32BE ? 3 : 0
            let units = stride(from: offset, to: head.count, by: width).map { head[$0] }
            text = String(decoding: units.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        }
        let trimmed = text.drop(while: { $0.isWhitespace })
        guard trimmed.hasPrefix("<?xml"), let end = trimmed.range(of: "?>") else { return nil }
        let declaration = trimmed[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        var rest = declaration[key.upperBound...].drop(while: { $0.isWhitespace })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0.isWhitespace })
        // Any quote character: an EBCDIC code page other than IBM037 may spell the quotes otherwise.
        guard let quote = rest.first, !(quote.isASCII && (quote.isLetter || quote.isNumber)) else { return nil }
        let value = rest.dropFirst().prefix(while: { $0 != quote && !$0.isWhitespace && $0 != "?" })
        return value.isEmpty ? nil : String(value)
    }
}
