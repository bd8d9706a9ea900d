import Foundation

/// What an image file is, from its first bytes (never from a header or a name): only raster formats that
/// browsers show and cannot run. SVG is not one of them, since it may hold scripts.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case png, jpeg, gif, webp, avif

    public var fileExtension: String {
        self == .jpeg ? "jpg" : rawValue
    }

    public static func sniff(_ data: Data) -> ImageFormat? {
        let bytes = [UInt8](data.prefix(32))
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("ftypavif".utf8), at: 4) || starts(Array("ftypavis".utf8), at: 4) { return .avif }
        return nil
    }

    /// Width and height in pixels when the header says them plainly (PNG, GIF, JPEG, WebP), else nil.
    public func size(of data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(64 * 1024))
        func big16(_ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }
        func little16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func big32(_ at: Int) -> Int { big16(at) << 16 | big16(at + 2) }
        switch self {
        case .png:
            guard bytes.count >= 24 else { return nil }
            return (big32(16), big32(20))
        case .gif:
            guard bytes.count >= 10 else { return nil }
            return (little16(6), little16(8))
        case .webp:
            guard bytes.count >= 30 else { return nil }
            let chunk = String(decoding: bytes[12..<16], as: UTF8.self)
            if chunk == "VP8X" { return (1 + (little16(24) | Int(bytes[26]) << 16), 1 + (little16(27) | Int(bytes[29]) << 16)) }
            if chunk == "VP8 " { return (little16(26) & 0x3FFF, little16(28) & 0x3FFF) }
            if chunk == "VP8L" {
                let bits = Int(bytes[21]) | Int(bytes[22]) << 8 | Int(bytes[23]) << 16 | Int(bytes[24]) << 24
                return (1 + bits & 0x3FFF, 1 + (bits >> 14) & 0x3FFF)
            }
            return nil
        case .jpeg:
            var index = 2
            while index + 9 < bytes.count {
                guard bytes[index] == 0xFF else { return nil }
                let marker = bytes[index + 1]
                if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) {
                    index += 2
                    continue
                }
                if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                    return (big16(index + 7), big16(index + 5))
                }
                index += 2 + big16(index + 2)
            }
            return nil
        case .avif:
            return nil
        }
    }
}
