/// One file that an import writes, by its path in the site folder.
public struct PlannedFile: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case text(String)
        /// A media file, copied from this path on disk.
        case copy(from: String)
    }

    public var path: String
    public var content: Content
    /// An existing file at the path wins, even with `--force` (a page of the site that has the imported page's name).
    public var yieldsToExisting: Bool

    public init(path: String, content: Content, yieldsToExisting: Bool = false) {
        self.path = path
        self.content = content
        self.yieldsToExisting = yieldsToExisting
    }
}
