import Foundation

/// Test-side readers of images' structure, independent of PlanetImage: the names of their segments or
/// chunks, and their pixel data, to compare an image before and after stripping.
enum ImageParts {
    /// The image's data that decoders turn into pixels: entropy-coded scans (JPEG), `IDAT` (PNG),
    /// `VP8`/`VP8L`/`ALPH`/`ANMF` (WebP), image descriptors and their data (GIF).
    static func pixelData(_ bytes: [UInt8]) -> [[UInt8]] {
        switch bytes.first {
        case 0xFF: jpegScans(bytes)
        case 0x89: pngChunks(bytes).filter { $0.type == "IDAT" }.map(\.body)
        case 0x52: webpChunks(bytes).filter { ["VP8 ", "VP8L", "ALPH", "ANMF"].contains($0.type) }.map(\.body)
        default: gifImages(bytes)
        }
    }

    /// The segments of a JPEG as `FFxx` names, its scans included.
    static func jpegMarkers(_ bytes: [UInt8]) -> [String] {
        var names: [String] = []
        var index = 2
        names.append("D8")
        while index + 3 < bytes.count, bytes[index] == 0xFF {
            let marker = bytes[index + 1]
            names.append(String(format: "%02X", marker))
            if marker == 0xD9 { break }
            index += 2 + Int(bytes[index + 2]) << 8 + Int(bytes[index + 3])
            if marker == 0xDA {
                while index + 1 < bytes.count, !(bytes[index] == 0xFF && bytes[index + 1] != 0 && !(0xD0...0xD7).contains(bytes[index + 1])) {
                    index += 1
                }
            }
        }
        return names
    }

    static func jpegScans(_ bytes: [UInt8]) -> [[UInt8]] {
        var scans: [[UInt8]] = []
        var index = 2
        while index + 3 < bytes.count, bytes[index] == 0xFF, bytes[index + 1] != 0xD9 {
            let marker = bytes[index + 1]
            index += 2 + Int(bytes[index + 2]) << 8 + Int(bytes[index + 3])
            if marker == 0xDA {
                let start = index
                while index + 1 < bytes.count, !(bytes[index] == 0xFF && bytes[index + 1] != 0 && !(0xD0...0xD7).contains(bytes[index + 1])) {
                    index += 1
                }
                scans.append(Array(bytes[start..<index]))
            }
        }
        return scans
    }

    static func pngChunks(_ bytes: [UInt8]) -> [(type: String, body: [UInt8])] {
        var chunks: [(String, [UInt8])] = []
        var index = 8
        while index + 12 <= bytes.count {
            let length = bytes[index..<index + 4].reduce(0) { $0 << 8 | Int($1) }
            guard index + 12 + length <= bytes.count else { break }
            chunks.append((String(decoding: bytes[index + 4..<index + 8], as: UTF8.self), Array(bytes[index + 8..<index + 8 + length])))
            index += 12 + length
        }
        return chunks
    }

    static func webpChunks(_ bytes: [UInt8]) -> [(type: String, body: [UInt8])] {
        var chunks: [(String, [UInt8])] = []
        var index = 12
        while index + 8 <= bytes.count {
            let length = bytes[index + 4..<index + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
            guard index + 8 + length <= bytes.count else { break }
            chunks.append((String(decoding: bytes[index..<index + 4], as: UTF8.self), Array(bytes[index + 8..<index + 8 + length])))
            index += 8 + length + length % 2
        }
        return chunks
    }

    /// Each image of a GIF: its descriptor, local colour table and data sub-blocks.
    static func gifImages(_ bytes: [UInt8]) -> [[UInt8]] {
        var images: [[UInt8]] = []
        var index = 13 + (bytes[10] & 0x80 != 0 ? 3 << (Int(bytes[10] & 7) + 1) : 0)
        func skipSubBlocks() {
            while index < bytes.count, bytes[index] != 0 { index += 1 + Int(bytes[index]) }
            index += 1
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x2C:
                let start = index
                let local = bytes[index + 9]
                index += 11 + (local & 0x80 != 0 ? 3 << (Int(local & 7) + 1) : 0)
                skipSubBlocks()
                images.append(Array(bytes[start..<min(index, bytes.count)]))
            case 0x21:
                index += 2
                skipSubBlocks()
            default:
                return images
            }
        }
        return images
    }
}
