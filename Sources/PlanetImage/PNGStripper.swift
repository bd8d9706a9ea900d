/// PNG: checks every chunk's length and CRC, keeps the chunks that display needs (image data, palette,
/// transparency, colour space, physical size, animation) and drops the rest: `tEXt`, `iTXt`, `zTXt`,
/// `tIME`, `eXIf` and private chunks. The orientation is written back as a minimal `eXIf`.
enum PNGStripper {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Ancillary chunks that change how the image looks; every other ancillary chunk is dropped.
    static let displayChunks: Set<String> = [
        "tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCv", "cLLi", "bKGD", "hIST", "pHYs", "acTL", "fcTL", "fdAT",
    ]
    static let criticalChunks: Set<String> = ["IHDR", "PLTE", "IDAT", "IEND"]

    static func strip(_ input: [UInt8]) throws(ImageError) -> StrippedImage {
        let data = ImageBytes(bytes: input, format: "PNG")
        guard data.starts(with: signature) else { throw ImageError("not a PNG image: its signature is wrong") }
        var kept = signature
        kept.reserveCapacity(input.count)
        var orientation: Int?
        var size: (width: Int, height: Int)?
        var hasImageData = false
        var offset = signature.count
        while true {
            let length = try data.uint32BE(offset)
            guard length <= 0x7FFF_FFFF else { throw ImageError("damaged PNG image: a chunk length over 2^31 at byte \(offset)") }
            let type = try data.fourCC(offset + 4)
            guard type.utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
                throw ImageError("damaged PNG image: an invalid chunk type at byte \(offset)")
            }
            let chunk = try data.slice(offset, 12 + length)
            let body = chunk.dropFirst(8).prefix(length)
            let stored = UInt32(try data.uint32BE(offset + 8 + length))
            guard CRC32.checksum(chunk.dropFirst(4).prefix(4 + length)) == stored else {
                throw ImageError("damaged PNG image: the `\(type)` chunk at byte \(offset) has a bad CRC")
            }
            guard (size == nil) == (type == "IHDR") else {
                throw ImageError("damaged PNG image: `IHDR` must come first, and once (byte \(offset))")
            }
            switch type {
            case "IHDR":
                guard length == 13 else { throw ImageError("damaged PNG image: its `IHDR` chunk is not 13 bytes long") }
                size = (try data.uint32BE(offset + 8), try data.uint32BE(offset + 12))
                kept += chunk
            case "IDAT":
                hasImageData = true
                kept += chunk
            case "IEND":
                guard let size, hasImageData else { throw ImageError("damaged PNG image: it has no image data (`IDAT`)") }
                kept += chunk
                return finish(kept, orientation: orientation ?? 1, size: size)
            case "eXIf":
                if orientation == nil { orientation = ExifOrientation.read(body) }
            case _ where criticalChunks.contains(type) || displayChunks.contains(type):
                kept += chunk
            case _ where type.utf8.first! < 0x61:
                throw ImageError("damaged PNG image: an unknown critical chunk `\(type)` at byte \(offset)")
            default:
                break
            }
            offset += 12 + length
        }
    }

    /// `kept` with an `eXIf` chunk holding only the orientation after `IHDR`, when it is not 1.
    private static func finish(_ kept: [UInt8], orientation: Int, size: (width: Int, height: Int)) -> StrippedImage {
        var bytes = kept
        if orientation != 1 {
            let body = Array("eXIf".utf8) + ExifOrientation.tiff(orientation: orientation)
            let length = body.count - 4
            let crc = CRC32.checksum(body[...])
            let chunk = [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)] + body
                + [UInt8(crc >> 24), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc & 0xFF)]
            bytes.insert(contentsOf: chunk, at: signature.count + 25)
        }
        let swapped = ExifOrientation.swapsSides(orientation)
        return StrippedImage(
            format: .png, bytes: bytes, width: swapped ? size.height : size.width, height: swapped ? size.width : size.height)
    }
}
