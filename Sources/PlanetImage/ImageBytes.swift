/// An image's bytes with bounds-checked reads: a read past the end throws instead of trapping,
/// so a lying length in a damaged file is an error, never a crash.
struct ImageBytes {
    let bytes: [UInt8]
    /// Named in errors: `JPEG`, `PNG`...
    let format: String

    var count: Int { bytes.count }

    func truncated(at offset: Int) -> ImageError { .truncated(format, at: offset) }

    /// `length` bytes from `offset`, which must all be inside the image.
    func slice(_ offset: Int, _ length: Int) throws(ImageError) -> ArraySlice<UInt8> {
        guard offset >= 0, length >= 0, offset <= bytes.count, length <= bytes.count - offset else {
            throw ImageError("damaged \(format) image: the part at byte \(offset) runs past its end, at byte \(bytes.count)")
        }
        return bytes[offset..<offset + length]
    }

    func uint8(_ offset: Int) throws(ImageError) -> Int {
        guard offset >= 0, offset < bytes.count else { throw truncated(at: bytes.count) }
        return Int(bytes[offset])
    }

    func uint16BE(_ offset: Int) throws(ImageError) -> Int {
        try uint8(offset) << 8 | uint8(offset + 1)
    }

    func uint16LE(_ offset: Int) throws(ImageError) -> Int {
        try uint8(offset) | uint8(offset + 1) << 8
    }

    func uint24LE(_ offset: Int) throws(ImageError) -> Int {
        try uint16LE(offset) | uint8(offset + 2) << 16
    }

    func uint32BE(_ offset: Int) throws(ImageError) -> Int {
        try uint16BE(offset) << 16 | uint16BE(offset + 2)
    }

    func uint32LE(_ offset: Int) throws(ImageError) -> Int {
        try uint16LE(offset) | uint16LE(offset + 2) << 16
    }

    /// Four bytes read as ASCII (a chunk type, a FourCC).
    func fourCC(_ offset: Int) throws(ImageError) -> String {
        String(decoding: try slice(offset, 4), as: UTF8.self)
    }

    func starts(with prefix: [UInt8], at offset: Int = 0) -> Bool {
        offset >= 0 && bytes.count - offset >= prefix.count && bytes[offset..<offset + prefix.count].elementsEqual(prefix)
    }
}
