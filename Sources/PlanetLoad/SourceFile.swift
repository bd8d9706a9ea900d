import Foundation

/// The raw bytes of one site file, read at the loading edge.
public struct SourceFile: Sendable, Hashable {
    /// Relative to the site folder, with `/` separators.
    public var path: String
    public var bytes: Data

    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
    }
}
