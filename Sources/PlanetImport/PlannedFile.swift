/// One file that an import writes, by its path in the site folder.
public struct PlannedFile: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case text(String)
        /// A media file, copied from this path on disk.
        case copy(from: String)
    }

    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}
