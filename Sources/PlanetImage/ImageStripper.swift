/// Removes what an image says about where, when and with what it was taken (EXIF, XMP, IPTC, comments,
/// text chunks), working on the bytes without decoding them, so pixels are untouched. What display needs
/// stays: the colour profile, the animation loop, and the orientation (written back as a minimal EXIF, or
/// for AVIF and HEIC, kept in their own `irot` and `imir` properties).
/// A damaged image is an error, never published half-stripped.
public enum ImageStripper {
    /// The published form of `bytes`, which must be an image of a known format.
    public static func strip(_ bytes: [UInt8]) throws(ImageError) -> StrippedImage {
        switch ImageFormat.sniff(bytes) {
        case .jpeg?: try JPEGStripper.strip(bytes)
        case .png?: try PNGStripper.strip(bytes)
        case .gif?: try GIFStripper.strip(bytes)
        case .webp?: try WebPStripper.strip(bytes)
        case let format?: try HEIFStripper.strip(bytes, format: format)
        case nil:
            throw ImageError("not an image planet knows (PNG, JPEG, GIF, WebP, AVIF or HEIC), whatever its name says")
        }
    }
}
