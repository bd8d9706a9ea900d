/// One name in a folder, as a `DirectoryLister` gives it.
public struct DirectoryEntry: Sendable, Hashable {
    public var name: String
    /// Whether the listing already tells that this is a regular file (`d_type`); when false, the
    /// loader looks at the entry itself.
    public var isRegularFile: Bool

    public init(name: String, isRegularFile: Bool) {
        self.name = name
        self.isRegularFile = isRegularFile
    }
}
