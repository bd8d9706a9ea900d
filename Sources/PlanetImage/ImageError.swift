/// Why an image cannot be published: it is damaged, or in a format whose metadata planet cannot remove.
/// The message reads after the file's path: `avatar.jpg: error: <message>`.
public struct ImageError: Error, Sendable, Hashable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    static func truncated(_ format: String, at offset: Int) -> ImageError {
        ImageError("damaged \(format) image: it ends early, at byte \(offset)")
    }
}
