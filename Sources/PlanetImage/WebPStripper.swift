/// WebP: keeps the image, alpha, animation and ICC chunks and drops `EXIF`, `XMP ` and unknown chunks,
/// fixing the `VP8X` flags and the RIFF size. The orientation is written back as a minimal `EXIF` chunk.
enum WebPStripper {
    static let keptChunks: Set<String> = ["VP8X", "VP8 ", "VP8L", "ALPH", "ANIM", "ANMF", "ICCP"]
    static let exifFlag: UInt8 = 0x08
    static let xmpFlag: UInt8 = 0x04

    static func strip(_ input: [UInt8]) throws(ImageError) -> StrippedImage {
        let data = ImageBytes(bytes: input, format: "WebP")
        guard data.starts(with: Array("RIFF".utf8)), data.starts(with: Array("WEBP".utf8), at: 8) else {
            throw ImageError("not a WebP image: its RIFF header is wrong")
        }
        let riffSize = try data.uint32LE(4)
        guard riffSize >= 4, riffSize <= input.count - 8 else { throw ImageError("damaged WebP image: its RIFF size is wrong") }
        let end = 8 + riffSize
        var chunks: [ArraySlice<UInt8>] = []
        var extended: Int?
        var orientation: Int?
        var size: (width: Int, height: Int)?
        var hasImage = false
        var offset = 12
        while offset < end {
            let type = try data.fourCC(offset)
            let length = try data.uint32LE(offset + 4)
            guard length <= end - offset - 8 else { throw ImageError("damaged WebP image: the `\(type)` chunk at byte \(offset) runs past the end") }
            let padded = min(length + length % 2, end - offset - 8)
            let chunk = data.bytes[offset..<offset + 8 + padded]
            let body = chunk.dropFirst(8).prefix(length)
            switch type {
            case "VP8X":
                guard offset == 12, length >= 10 else { throw ImageError("damaged WebP image: a misplaced or short `VP8X` chunk") }
                extended = chunks.count
                size = (1 + (try data.uint24LE(offset + 12)), 1 + (try data.uint24LE(offset + 15)))
            case "VP8 ":
                guard length >= 10 else { throw ImageError("damaged WebP image: a short `VP8 ` chunk") }
                if size == nil { size = (try data.uint16LE(offset + 14) & 0x3FFF, try data.uint16LE(offset + 16) & 0x3FFF) }
                hasImage = true
            case "VP8L":
                guard length >= 5 else { throw ImageError("damaged WebP image: a short `VP8L` chunk") }
                let bits = try data.uint32LE(offset + 9)
                if size == nil { size = (1 + bits & 0x3FFF, 1 + (bits >> 14) & 0x3FFF) }
                hasImage = true
            case "ANMF":
                hasImage = true
            case "EXIF":
                if orientation == nil {
                    orientation = ExifOrientation.read(body.starts(with: Array("Exif\0\0".utf8)) ? body.dropFirst(6) : body)
                }
            default:
                break
            }
            if keptChunks.contains(type) { chunks.append(chunk) }
            offset += 8 + padded
        }
        guard let size, hasImage else { throw ImageError("damaged WebP image: it has no image data") }
        let rotation = extended == nil ? 1 : orientation ?? 1
        if let extended {
            var header = Array(chunks[extended])
            header[8] &= ~(exifFlag | xmpFlag)
            if rotation != 1 { header[8] |= exifFlag }
            chunks[extended] = header[...]
        }
        if rotation != 1 {
            let body = ExifOrientation.tiff(orientation: rotation)
            chunks.append((Array("EXIF".utf8) + [UInt8(body.count), 0, 0, 0] + body)[...])
        }
        let total = 4 + chunks.reduce(0) { $0 + $1.count }
        var bytes = Array("RIFF".utf8) + [UInt8(total & 0xFF), UInt8(total >> 8 & 0xFF), UInt8(total >> 16 & 0xFF), UInt8(total >> 24 & 0xFF)]
        bytes += Array("WEBP".utf8)
        for chunk in chunks { bytes += chunk }
        let swapped = ExifOrientation.swapsSides(rotation)
        return StrippedImage(
            format: .webp, bytes: bytes, width: swapped ? size.height : size.width, height: swapped ? size.width : size.height)
    }
}
