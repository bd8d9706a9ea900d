/// AVIF and HEIC (ISO base media files): the `Exif` items and the XMP (`mime`, `application/rdf+xml`)
/// items are erased in place, their bytes zeroed and their type renamed to one no reader knows, so that no
/// offset in the file moves and the pixels are untouched. The orientation of these formats is not in EXIF
/// but in the image's `irot` and `imir` properties, which stay.
enum HEIFStripper {
    /// What an erased item's type becomes.
    static let erasedType = Array("hide".utf8)

    struct Box {
        var type: String
        /// Where the box starts, where its content starts, where it ends.
        var start: Int
        var content: Int
        var end: Int
    }

    static func strip(_ input: [UInt8], format: ImageFormat) throws(ImageError) -> StrippedImage {
        let data = ImageBytes(bytes: input, format: format.name)
        let top = try boxes(data, from: 0, to: input.count)
        guard let meta = top.first(where: { $0.type == "meta" }) else { throw ImageError("damaged \(format.name) image: it has no `meta` box") }
        let inside = try boxes(data, from: meta.content + 4, to: meta.end)
        guard let itemInfo = inside.first(where: { $0.type == "iinf" }), let locations = inside.first(where: { $0.type == "iloc" }) else {
            throw ImageError("damaged \(format.name) image: its `meta` box has no item list")
        }
        var bytes = input
        let erased = try metadataItems(data, in: itemInfo)
        if !erased.isEmpty {
            let itemData = inside.first { $0.type == "idat" }
            let mediaData = top.filter { $0.type == "mdat" }
            for extent in merged(try extents(data, in: locations, of: Set(erased.map(\.id)), itemData: itemData, mediaData: mediaData)) {
                bytes.replaceSubrange(extent, with: repeatElement(0, count: extent.count))
            }
            for item in erased { bytes.replaceSubrange(item.typeOffset..<item.typeOffset + 4, with: erasedType) }
        }
        let size = try displayedSize(data, in: inside)
        return StrippedImage(format: format, bytes: bytes, width: size.width, height: size.height)
    }

    /// The boxes between `start` and `end`, each checked to lie inside them.
    static func boxes(_ data: ImageBytes, from start: Int, to end: Int) throws(ImageError) -> [Box] {
        var found: [Box] = []
        var offset = start
        while offset < end {
            var size = try data.uint32BE(offset)
            let type = try data.fourCC(offset + 4)
            var header = 8
            if size == 1 {
                let high = try data.uint32BE(offset + 8)
                guard high == 0 else { throw ImageError("damaged \(data.format) image: a box larger than 4 GiB at byte \(offset)") }
                size = try data.uint32BE(offset + 12)
                header = 16
            } else if size == 0 {
                size = end - offset
            }
            guard size >= header, size <= end - offset else {
                throw ImageError("damaged \(data.format) image: the `\(type)` box at byte \(offset) runs past its end")
            }
            found.append(Box(type: type, start: offset, content: offset + header, end: offset + size))
            offset += size
        }
        return found
    }

    /// The `Exif` and XMP items of an `iinf` box: their id, and where their type is written.
    static func metadataItems(_ data: ImageBytes, in itemInfo: Box) throws(ImageError) -> [(id: Int, typeOffset: Int)] {
        let version = try data.uint8(itemInfo.content)
        let entries = try boxes(data, from: itemInfo.content + (version == 0 ? 6 : 8), to: itemInfo.end)
        var items: [(Int, Int)] = []
        for entry in entries where entry.type == "infe" {
            let entryVersion = try data.uint8(entry.content)
            guard entryVersion >= 2 else { continue }
            let id = entryVersion == 2 ? try data.uint16BE(entry.content + 4) : try data.uint32BE(entry.content + 4)
            let typeOffset = entry.content + (entryVersion == 2 ? 8 : 10)
            let type = try data.fourCC(typeOffset)
            if type == "Exif" {
                items.append((id, typeOffset))
            } else if type == "mime" {
                let strings = String(decoding: try data.slice(typeOffset + 4, entry.end - typeOffset - 4), as: UTF8.self)
                    .split(separator: "\0", omittingEmptySubsequences: false)
                if strings.count > 1, strings[1].lowercased().contains("rdf+xml") || strings[1].lowercased().contains("xmp") {
                    items.append((id, typeOffset))
                }
            }
        }
        return items
    }

    /// `ranges` sorted, with those that overlap or touch made one, so that each byte is erased once.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The byte ranges of the items `ids`, from an `iloc` box; each must lie inside an `mdat` box (or the `idat`
    /// box), so that erasing them never touches the file's structure.
    static func extents(_ data: ImageBytes, in locations: Box, of ids: Set<Int>, itemData: Box?, mediaData: [Box]) throws(ImageError) -> [Range<Int>] {
        let version = try data.uint8(locations.content)
        guard version <= 2 else { throw ImageError("damaged \(data.format) image: an `iloc` box of unknown version \(version)") }
        let sizes = try data.uint8(locations.content + 4)
        let more = try data.uint8(locations.content + 5)
        let offsetSize = sizes >> 4, lengthSize = sizes & 0xF, baseSize = more >> 4, indexSize = version == 0 ? 0 : more & 0xF
        for size in [offsetSize, lengthSize, baseSize, indexSize] where ![0, 4, 8].contains(size) {
            throw ImageError("damaged \(data.format) image: an `iloc` field of \(size) bytes")
        }
        var offset = locations.content + 6
        func read(_ size: Int) throws(ImageError) -> Int {
            guard size <= locations.end - offset else { throw ImageError("damaged \(data.format) image: its `iloc` box runs past its end") }
            defer { offset += size }
            switch size {
            case 0: return 0
            case 4: return try data.uint32BE(offset)
            default:
                guard try data.uint32BE(offset) == 0 else { throw ImageError("damaged \(data.format) image: an `iloc` offset past 4 GiB") }
                return try data.uint32BE(offset + 4)
            }
        }
        func read2() throws(ImageError) -> Int {
            guard 2 <= locations.end - offset else { throw ImageError("damaged \(data.format) image: its `iloc` box runs past its end") }
            defer { offset += 2 }
            return try data.uint16BE(offset)
        }
        let count = version < 2 ? try read2() : try read(4)
        var ranges: [Range<Int>] = []
        for _ in 0..<count {
            let id = version < 2 ? try read2() : try read(4)
            let construction = version == 0 ? 0 : try read2() & 0xF
            offset += 2
            let base = try read(baseSize)
            let extentCount = try read2()
            let extentSize = indexSize + offsetSize + lengthSize
            guard extentCount * extentSize <= locations.end - offset else {
                throw ImageError("damaged \(data.format) image: its `iloc` box runs past its end")
            }
            // Extents of no bytes all name the same range: one is enough.
            for _ in 0..<(extentSize == 0 ? min(extentCount, 1) : extentCount) {
                _ = try read(indexSize)
                let start = try read(offsetSize)
                let length = try read(lengthSize)
                guard ids.contains(id) else { continue }
                let origin: Int, limit: Int
                switch construction {
                case 0: (origin, limit) = (0, data.count)
                case 1:
                    guard let itemData else { throw ImageError("damaged \(data.format) image: an item in a missing `idat` box") }
                    (origin, limit) = (itemData.content, itemData.end)
                default: throw ImageError("damaged \(data.format) image: a metadata item made of other items")
                }
                let from = origin + base + start
                let to = length == 0 ? limit : from + length
                guard from >= origin, from <= to, to <= limit else {
                    throw ImageError("damaged \(data.format) image: an item's data lies outside the file")
                }
                guard construction == 1 || mediaData.contains(where: { $0.content <= from && to <= $0.end }) else {
                    throw ImageError("damaged \(data.format) image: a metadata item lies outside the media data")
                }
                ranges.append(from..<to)
            }
        }
        return ranges
    }

    /// The largest `ispe` of the item properties (the whole image, not a tile), turned by a quarter `irot`.
    static func displayedSize(_ data: ImageBytes, in meta: [Box]) throws(ImageError) -> (width: Int, height: Int) {
        guard let properties = meta.first(where: { $0.type == "iprp" }) else { return (0, 0) }
        guard let container = try boxes(data, from: properties.content, to: properties.end).first(where: { $0.type == "ipco" }) else {
            return (0, 0)
        }
        var size = (width: 0, height: 0)
        var quarter = false
        for property in try boxes(data, from: container.content, to: container.end) {
            if property.type == "ispe" {
                let width = try data.uint32BE(property.content + 4), height = try data.uint32BE(property.content + 8)
                if Double(width) * Double(height) > Double(size.width) * Double(size.height) { size = (width, height) }
            } else if property.type == "irot" {
                quarter = try data.uint8(property.content) & 1 == 1
            }
        }
        return quarter ? (size.height, size.width) : size
    }
}
