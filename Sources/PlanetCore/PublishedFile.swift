import Foundation

/// A file from a member's folder (a post's file, an avatar, a fetched image) as planet publishes it,
/// decided by the parse stage: as it is, or rewritten (an image without its metadata, a sanitized SVG).
public struct PublishedFile: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        /// The file's own bytes, copied.
        case asIs
        /// Bytes that replace the file's.
        case rewritten(Data)
    }

    public var content: Content
    /// For an image, its size in pixels as shown (0 when the image does not say).
    public var width: Int
    public var height: Int

    public init(content: Content, width: Int = 0, height: Int = 0) {
        self.content = content
        self.width = width
        self.height = height
    }

    /// What the writer does for this file, whose source is `sourcePath` (relative to the site).
    public func output(sourcePath: String) -> OutputFile.Content {
        switch content {
        case .asIs: .copy(sourcePath: sourcePath)
        case .rewritten(let data): .data(data)
        }
    }
}
