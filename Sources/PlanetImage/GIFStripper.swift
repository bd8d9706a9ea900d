/// GIF: keeps the screen, colour tables, images and graphic control (timing, transparency), and the
/// animation loop (`NETSCAPE2.0`); drops comments, plain text and every other application extension (XMP...).
enum GIFStripper {
    static let loopApplications: Set<String> = ["NETSCAPE2.0", "ANIMEXTS1.0"]

    static func strip(_ input: [UInt8]) throws(ImageError) -> StrippedImage {
        let data = ImageBytes(bytes: input, format: "GIF")
        guard data.starts(with: Array("GIF87a".utf8)) || data.starts(with: Array("GIF89a".utf8)) else {
            throw ImageError("not a GIF image: its header is wrong")
        }
        let size = (width: try data.uint16LE(6), height: try data.uint16LE(8))
        let flags = try data.uint8(10)
        var offset = 13 + (flags & 0x80 != 0 ? 3 << ((flags & 7) + 1) : 0)
        var kept = Array(try data.slice(0, offset))
        kept.reserveCapacity(input.count)
        var images = 0
        while true {
            let start = offset
            switch try data.uint8(offset) {
            case 0x2C:
                let local = try data.uint8(offset + 9)
                offset += 10 + (local & 0x80 != 0 ? 3 << ((local & 7) + 1) : 0) + 1
                offset = try subBlocksEnd(data, from: offset)
                kept += data.bytes[start..<offset]
                images += 1
            case 0x21:
                let label = try data.uint8(offset + 1)
                offset = try subBlocksEnd(data, from: offset + 2)
                var keep = label == 0xF9
                if label == 0xFF, try data.uint8(start + 2) == 11 {
                    keep = loopApplications.contains(String(decoding: try data.slice(start + 3, 11), as: UTF8.self))
                }
                if keep { kept += data.bytes[start..<offset] }
            case 0x3B:
                guard images > 0 else { throw ImageError("damaged GIF image: it holds no image") }
                kept.append(0x3B)
                return StrippedImage(format: .gif, bytes: kept, width: size.width, height: size.height)
            default:
                throw ImageError("damaged GIF image: an unknown block at byte \(offset)")
            }
        }
    }

    /// The offset after the sub-blocks that start at `start` and their zero terminator.
    private static func subBlocksEnd(_ data: ImageBytes, from start: Int) throws(ImageError) -> Int {
        var offset = start
        while true {
            let length = try data.uint8(offset)
            offset += 1
            if length == 0 { return offset }
            _ = try data.slice(offset, length)
            offset += length
        }
    }
}
