/// What an image file is, from its first bytes (never from its name): the raster formats planet publishes,
/// which browsers cannot run.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case png, jpeg, gif, webp, avif, heic

    /// The usual extension of the format, without the dot.
    public var fileExtension: String {
        self == .jpeg ? "jpg" : rawValue
    }

    /// The name used in messages: `JPEG`, `PNG`...
    public var name: String {
        rawValue.uppercased()
    }

    /// The format that `bytes` begin like, or nil when they are no image planet knows.
    public static func sniff(_ bytes: some Collection<UInt8>) -> ImageFormat? {
        let head = ImageBytes(bytes: Array(bytes.prefix(64)), format: "")
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head.starts(with: Array("GIF87a".utf8)) || head.starts(with: Array("GIF89a".utf8)) { return .gif }
        if head.starts(with: Array("RIFF".utf8)), head.starts(with: Array("WEBP".utf8), at: 8) { return .webp }
        guard head.starts(with: Array("ftyp".utf8), at: 4), let size = try? head.uint32BE(0), size >= 16 else { return nil }
        // The major brand, then the compatible ones after the minor version.
        let brands = stride(from: 8, to: min(size, head.count) - 3, by: 4).filter { $0 != 12 }
            .map { String(decoding: head.bytes[$0..<$0 + 4], as: UTF8.self) }
        if brands.contains(where: { ["avif", "avis"].contains($0) }) { return .avif }
        if brands.contains(where: { ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"].contains($0) }) { return .heic }
        return nil
    }
}
