import Foundation

/// `application/x-www-form-urlencoded` bodies (WHATWG URL, 5.1) into names and values, refusing what is not text:
/// a bad percent escape or bytes that are not UTF-8 are an error (answered with 400), never replaced.
public enum FormDecoding {
    public enum Failure: Error, Equatable, Sendable {
        case invalidUTF8
        case badEscape
        case repeatedField(String)
    }

    /// The fields of `body`; a field given twice is an error (the form has each once).
    public static func decode(_ body: [UInt8]) throws(Failure) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try text(of: parts[0])
            let value = parts.count > 1 ? try text(of: parts[1]) : ""
            guard fields[name] == nil else { throw .repeatedField(name) }
            fields[name] = value
        }
        return fields
    }

    /// Percent-decodes `bytes` (`+` is a space) and reads them as UTF-8.
    static func text(of bytes: ArraySlice<UInt8>) throws(Failure) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                decoded.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
                    throw .badEscape
                }
                decoded.append(high << 4 | low)
                index += 2
            } else {
                decoded.append(byte)
            }
            index += 1
        }
        guard let text = String(validating: decoded, as: UTF8.self) else { throw .invalidUTF8 }
        return text
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
