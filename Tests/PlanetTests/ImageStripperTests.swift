import Foundation
import PlanetImage
import Testing

@Suite struct ImageStripperTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Fixtures.fixtures.appendingPathComponent("images/\(name)")))
    }

    static func error(_ bytes: [UInt8]) -> String? {
        do {
            _ = try ImageStripper.strip(bytes)
            return nil
        } catch {
            return error.message
        }
    }

    /// SOI, the given segments, a 8×8 grey frame with one scan, EOI.
    static func jpeg(_ segments: [[UInt8]], trailer: [UInt8] = []) -> [UInt8] {
        let frame: [UInt8] = [0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x10, 0x01, 0x01, 0x11, 0x00]
        let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x3F, 0xFF, 0x00, 0xFF, 0xD0, 0x12]
        return [0xFF, 0xD8] + segments.joined() + frame + scan + [0xFF, 0xD9] + trailer
    }

    static func segment(_ marker: UInt8, _ body: [UInt8]) -> [UInt8] {
        [0xFF, marker, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)] + body
    }

    static let exifRotated: [UInt8] = Array("Exif\0\0".utf8)
        + [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, 0x00, 0x02,
           0x01, 0x0F, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x58, 0x00, 0x00, 0x00,
           0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
    /// The TIFF structure of an EXIF block holding only `orientation`.
    static func minimalTIFF(_ orientation: UInt8) -> [UInt8] {
        [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01,
         0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
    }

    @Test func jpegKeepsOnlyWhatDisplayNeeds() throws {
        let jfif = Self.segment(0xE0, Array("JFIF\0".utf8) + [1, 2, 0, 0, 1, 0, 1, 0, 0])
        let icc = Self.segment(0xE2, Array("ICC_PROFILE\0".utf8) + [1, 1, 9, 9])
        let input = Self.jpeg([
            jfif, Self.segment(0xE1, Self.exifRotated), Self.segment(0xE1, Array("http://ns.adobe.com/xap/1.0/\0<x/>".utf8)),
            Self.segment(0xED, Array("Photoshop 3.0\0".utf8)), icc, Self.segment(0xE2, Array("MPF\0".utf8)),
            Self.segment(0xFE, Array("comment".utf8)), Self.segment(0xEB, [1, 2]),
        ], trailer: Array("after the end".utf8))
        let stripped = try ImageStripper.strip(input)
        #expect(stripped.bytes == Self.jpeg([jfif, Self.segment(0xE1, Array("Exif\0\0".utf8) + Self.minimalTIFF(8)), icc]))
        #expect((stripped.width, stripped.height) == (8, 16))
    }

    @Test func jpegWithoutOrientationGetsNoExif() throws {
        let exif = Array("Exif\0\0".utf8) + [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
        let stripped = try ImageStripper.strip(Self.jpeg([Self.segment(0xE1, exif)]))
        #expect(stripped.bytes == Self.jpeg([]))
        #expect((stripped.width, stripped.height) == (16, 8))
    }

    @Test func damagedJPEGsAreLocatedErrors() {
        let whole = Self.jpeg([Self.segment(0xFE, [1])])
        #expect(Self.error(Array(whole.prefix(20))) == "damaged JPEG image: it ends early, at byte 20")
        #expect(Self.error(Array(whole.prefix(whole.count - 2))) == "damaged JPEG image: it ends early, at byte 36")
        var lying = whole
        lying[4] = 0x7F
        #expect(Self.error(lying) == "damaged JPEG image: the part at byte 2 runs past its end, at byte 38")
        #expect(Self.error([0xFF, 0xD8] + whole) == "damaged JPEG image: a second start of image (SOI) at byte 2")
        #expect(Self.error(Array(whole.prefix(7)) + [0xFF, 0xD9]) == "damaged JPEG image: it ends before any frame or scan")
    }

    @Test func pngDropsTextTimeAndExifAndChecksCRCs() throws {
        let stripped = try ImageStripper.strip(Self.fixture("phone.png"))
        #expect(ImageParts.pngChunks(stripped.bytes).map(\.type) == ["IHDR", "eXIf", "iCCP", "IDAT", "IEND"])
        #expect(ImageParts.pngChunks(stripped.bytes)[1].body == Self.minimalTIFF(6))
        #expect((stripped.width, stripped.height) == (2, 2))
        var damaged = try Self.fixture("phone.png")
        damaged[29] ^= 1
        #expect(Self.error(damaged) == "damaged PNG image: the `IHDR` chunk at byte 8 has a bad CRC")
        let truncated = Array(try Self.fixture("phone.png").prefix(300))
        #expect(Self.error(truncated) == "damaged PNG image: the part at byte 146 runs past its end, at byte 300")
    }

    @Test func webpDropsExifAndXMPAndFixesTheFlags() throws {
        let stripped = try ImageStripper.strip(Self.fixture("phone.webp"))
        let chunks = ImageParts.webpChunks(stripped.bytes)
        #expect(chunks.map(\.type) == ["VP8X", "VP8L", "EXIF"])
        #expect(chunks[0].body[0] == 0x08)
        #expect(chunks[2].body == Self.minimalTIFF(6))
        let size = stripped.bytes[4..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(size == stripped.bytes.count - 8)
    }

    @Test func gifKeepsTheLoopAndDropsComments() throws {
        let input = try Self.fixture("animated.gif")
        let stripped = try ImageStripper.strip(input)
        #expect(!stripped.bytes.contains(0xFE))
        #expect(String(decoding: stripped.bytes, as: UTF8.self).contains("NETSCAPE2.0"))
        #expect(!String(decoding: stripped.bytes, as: UTF8.self).contains("XMP"))
        #expect(stripped.bytes.count == 6 + 7 + 6 + 19 + 2 * 23 + 1)
        #expect(Self.error(Array(input.dropLast())) == "damaged GIF image: it ends early, at byte 680")
    }

    @Test func everyFixtureKeepsItsPixelsAndIsAFixedPoint() throws {
        for name in ["phone.jpg", "phone.png", "phone.webp", "animated.gif"] {
            let input = try Self.fixture(name)
            let once = try ImageStripper.strip(input)
            #expect(ImageParts.pixelData(once.bytes) == ImageParts.pixelData(input), "\(name)")
            #expect(!ImageParts.pixelData(input).isEmpty, "\(name)")
            #expect(try ImageStripper.strip(once.bytes) == once, "\(name)")
            #expect(once.bytes.count < input.count, "\(name)")
        }
    }

    @Test func heifErasesItsExifAndXMPItemsInPlace() throws {
        for (name, format) in [("phone.avif", ImageFormat.avif), ("phone.heic", .heic)] {
            let input = try Self.fixture(name)
            let stripped = try ImageStripper.strip(input)
            #expect(stripped.format == format)
            #expect((stripped.width, stripped.height) == (2, 4))
            let changed = zip(input, stripped.bytes).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
            let exif = try #require(Self.find(Array("Exif".utf8), in: input))
            let mime = try #require(Self.find(Array("mime".utf8), in: input))
            let tiff = try #require(Self.find([0x4D, 0x4D, 0x00, 0x2A], in: input))
            #expect(Array(stripped.bytes[exif..<exif + 4]) == Array("hide".utf8) && Array(stripped.bytes[mime..<mime + 4]) == Array("hide".utf8))
            #expect(stripped.bytes[(tiff - 4)...].allSatisfy { $0 == 0 })
            #expect(changed.allSatisfy { (exif..<exif + 4).contains($0) || (mime..<mime + 4).contains($0) || $0 >= tiff - 4 })
            #expect(stripped.bytes.count == input.count)
            #expect(try ImageStripper.strip(stripped.bytes) == stripped)
        }
        let truncated = Array(try Self.fixture("phone.avif").prefix(200))
        #expect(Self.error(truncated) == "damaged AVIF image: the `meta` box at byte 28 runs past its end")
        #expect(Self.error(Array("<html>".utf8)) == "not an image planet knows (PNG, JPEG, GIF, WebP, AVIF or HEIC), whatever its name says")
    }

    @Test func isoFormatsAreToldApartByTheirBrands() {
        func ftyp(_ brands: String...) -> [UInt8] {
            [0, 0, 0, UInt8(8 + 4 * brands.count + 4)] + Array("ftyp".utf8) + Array(brands[0].utf8) + [0, 0, 0, 0] + brands.dropFirst().flatMap { Array($0.utf8) }
        }
        #expect(ImageFormat.sniff(ftyp("avif", "mif1")) == .avif)
        #expect(ImageFormat.sniff(ftyp("mif1", "miaf", "avif")) == .avif)
        #expect(ImageFormat.sniff(ftyp("heic", "mif1")) == .heic)
        #expect(ImageFormat.sniff(ftyp("mif1", "heic")) == .heic)
        #expect(ImageFormat.sniff(ftyp("isom", "mp41")) == nil)
    }

    /// An `iloc` box claiming 2^32 items of 65,535 extents of no bytes: found damaged at once, not looped over
    /// (the first item is not the metadata item, so that the loop itself is what meets the end).
    @Test func lyingItemLocationsAreErrorsInBoundedTime() {
        func box(_ type: String, _ body: [UInt8]) -> [UInt8] {
            let size = body.count + 8
            return [0, 0, UInt8(size >> 8), UInt8(size & 0xFF)] + Array(type.utf8) + body
        }
        let entry = box("infe", [2, 0, 0, 0, 0, 2, 0, 0] + Array("Exif".utf8) + [0])
        let locations = box("iloc", [2, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 3, 0, 0, 0, 0, 0xFF, 0xFF])
        let file = box("ftyp", Array("avif".utf8) + [0, 0, 0, 0]) + box("meta", [0, 0, 0, 0] + box("iinf", [0, 0, 0, 0, 0, 1] + entry) + locations)
        #expect(Self.error(file) == "damaged AVIF image: its `iloc` box runs past its end")
    }

    /// An `Exif` item whose extent points at the file's own boxes (found by fuzzing: erasing it zeroed the
    /// `ftyp` box): an error, never a rewrite of the structure.
    @Test func metadataItemsOutsideTheMediaDataAreErrors() {
        func box(_ type: String, _ body: [UInt8]) -> [UInt8] {
            let size = body.count + 8
            return [0, 0, UInt8(size >> 8), UInt8(size & 0xFF)] + Array(type.utf8) + body
        }
        let entry = box("infe", [2, 0, 0, 0, 0, 2, 0, 0] + Array("Exif".utf8) + [0])
        let locations = box("iloc", [0, 0, 0, 0, 0x44, 0, 0, 1, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 16])
        let file = box("ftyp", Array("heic".utf8) + [0, 0, 0, 0]) + box("meta", [0, 0, 0, 0] + box("iinf", [0, 0, 0, 0, 0, 1] + entry) + locations)
            + box("mdat", Array(repeating: 7, count: 16))
        #expect(Self.error(file) == "damaged HEIC image: a metadata item lies outside the media data")
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        haystack.indices.first { haystack[$0...].starts(with: needle) }
    }
}
