/// The EXIF Orientation tag (1 to 8): read from a TIFF structure (the body of an EXIF block), and written
/// back as the smallest EXIF that holds it and nothing else.
enum ExifOrientation {
    /// The orientation in `tiff` (starting at its `II`/`MM` byte-order mark), 1 when absent or unreadable.
    static func read(_ tiff: ArraySlice<UInt8>) -> Int {
        let data = ImageBytes(bytes: Array(tiff), format: "EXIF")
        guard let order = try? data.uint16BE(0), order == 0x4949 || order == 0x4D4D else { return 1 }
        let little = order == 0x4949
        func u16(_ offset: Int) throws(ImageError) -> Int { little ? try data.uint16LE(offset) : try data.uint16BE(offset) }
        func u32(_ offset: Int) throws(ImageError) -> Int { little ? try data.uint32LE(offset) : try data.uint32BE(offset) }
        guard let magic = try? u16(2), magic == 42, let ifd = try? u32(4), let count = try? u16(ifd) else { return 1 }
        for index in 0..<count {
            let entry = ifd + 2 + index * 12
            guard let tag = try? u16(entry), let type = try? u16(entry + 2) else { return 1 }
            guard tag == 0x0112 else { continue }
            guard type == 3, let value = try? u16(entry + 8), (1...8).contains(value) else { return 1 }
            return value
        }
        return 1
    }

    /// A big-endian TIFF structure with one IFD holding only `orientation`.
    static func tiff(orientation: Int) -> [UInt8] {
        [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
         0x00, 0x01,
         0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, UInt8(orientation), 0x00, 0x00,
         0x00, 0x00, 0x00, 0x00]
    }

    /// Orientations 5 to 8 turn the image a quarter: its displayed width is its stored height.
    static func swapsSides(_ orientation: Int) -> Bool {
        orientation >= 5
    }
}
