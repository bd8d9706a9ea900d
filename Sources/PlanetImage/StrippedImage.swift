/// An image as planet publishes it: its bytes without metadata, and its size as shown.
public struct StrippedImage: Sendable, Hashable {
    public var format: ImageFormat
    public var bytes: [UInt8]
    /// In pixels, as displayed: an image turned a quarter by its EXIF orientation has width and height swapped.
    public var width: Int
    public var height: Int

    public init(format: ImageFormat, bytes: [UInt8], width: Int, height: Int) {
        self.format = format
        self.bytes = bytes
        self.width = width
        self.height = height
    }
}
