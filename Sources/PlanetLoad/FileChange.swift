/// A file that differs from a git revision, as `git diff` reports it.
public struct FileChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case added, modified, deleted
    }

    /// Relative to the site folder; for a file outside it (elsewhere in the repository), relative to the repository.
    public var path: String
    public var kind: Kind
    /// False for a file of the repository outside the site folder.
    public var insideSite: Bool

    public init(path: String, kind: Kind, insideSite: Bool = true) {
        self.path = path
        self.kind = kind
        self.insideSite = insideSite
    }
}
