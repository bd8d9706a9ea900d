/// JPEG: keeps the segments that display needs (frames, tables, scans, JFIF, the ICC profile, Adobe's colour
/// transform) and drops every other APPn (EXIF, XMP, IPTC, maker notes, MPF previews), comments, and what
/// follows the end of the image.
enum JPEGStripper {
    static func strip(_ input: [UInt8]) throws(ImageError) -> StrippedImage {
        let data = ImageBytes(bytes: input, format: "JPEG")
        guard data.starts(with: [0xFF, 0xD8]) else { throw ImageError("not a JPEG image: it does not start with SOI") }
        var kept: [UInt8] = [0xFF, 0xD8]
        kept.reserveCapacity(input.count)
        var exifPosition = kept.count
        var orientation: Int?
        var size: (width: Int, height: Int)?
        var scans = 0
        var offset = 2
        while true {
            guard try data.uint8(offset) == 0xFF else {
                throw ImageError("damaged JPEG image: no segment marker at byte \(offset)")
            }
            while try data.uint8(offset + 1) == 0xFF { offset += 1 }
            let marker = try data.uint8(offset + 1)
            switch marker {
            case 0xD8:
                throw ImageError("damaged JPEG image: a second start of image (SOI) at byte \(offset)")
            case 0xD9:
                guard let size, scans > 0 else { throw ImageError("damaged JPEG image: it ends before any frame or scan") }
                kept += [0xFF, 0xD9]
                return finish(kept, orientation: orientation ?? 1, at: exifPosition, size: size)
            case 0x01, 0xD0...0xD7:
                kept += [0xFF, UInt8(marker)]
                offset += 2
                continue
            case 0x00:
                throw ImageError("damaged JPEG image: an invalid marker at byte \(offset)")
            default:
                break
            }
            let length = try data.uint16BE(offset + 2)
            guard length >= 2 else { throw ImageError("damaged JPEG image: a segment length below 2 at byte \(offset)") }
            let segment = try data.slice(offset, 2 + length)
            let body = segment.dropFirst(4)
            let end = offset + 2 + length
            switch marker {
            case 0xE0:
                if body.starts(with: Array("JFIF\0".utf8)) {
                    let first = kept.count == exifPosition
                    kept += segment
                    if first { exifPosition = kept.count }
                }
            case 0xE1:
                if orientation == nil, body.starts(with: Array("Exif\0\0".utf8)) {
                    orientation = ExifOrientation.read(body.dropFirst(6))
                }
            case 0xE2:
                if body.starts(with: Array("ICC_PROFILE\0".utf8)) { kept += segment }
            case 0xEE:
                if body.starts(with: Array("Adobe".utf8)) { kept += segment }
            case 0xE3...0xED, 0xEF, 0xFE:
                break
            case 0xC0...0xCF where marker != 0xC4 && marker != 0xC8 && marker != 0xCC:
                if size == nil { size = (try data.uint16BE(offset + 7), try data.uint16BE(offset + 5)) }
                kept += segment
            case 0xDA:
                guard size != nil else { throw ImageError("damaged JPEG image: a scan before any frame at byte \(offset)") }
                let scanEnd = try entropyCodedEnd(data, from: end)
                kept += data.bytes[offset..<scanEnd]
                scans += 1
                offset = scanEnd
                continue
            default:
                kept += segment
            }
            offset = end
        }
    }

    /// Where the entropy-coded data that starts at `start` ends: at the first marker that is neither a
    /// stuffed zero nor a restart marker.
    private static func entropyCodedEnd(_ data: ImageBytes, from start: Int) throws(ImageError) -> Int {
        let bytes = data.bytes
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 0xFF {
                let next = bytes[index + 1]
                if next != 0x00, next != 0xFF, !(0xD0...0xD7).contains(next) { return index }
                index += next == 0xFF ? 1 : 2
            } else {
                index += 1
            }
        }
        throw data.truncated(at: bytes.count)
    }

    /// The kept segments with an EXIF block holding only the orientation, when it is not 1.
    private static func finish(_ kept: [UInt8], orientation: Int, at position: Int, size: (width: Int, height: Int)) -> StrippedImage {
        var bytes = kept
        if orientation != 1 {
            let body = Array("Exif\0\0".utf8) + ExifOrientation.tiff(orientation: orientation)
            bytes.insert(contentsOf: [0xFF, 0xE1, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)] + body, at: position)
        }
        let swapped = ExifOrientation.swapsSides(orientation)
        return StrippedImage(
            format: .jpeg, bytes: bytes, width: swapped ? size.height : size.width, height: swapped ? size.width : size.height)
    }
}
