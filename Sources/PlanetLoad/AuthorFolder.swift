/// `authors/<id>/`: the member's profile file, their other files (avatar...) and their posts.
public struct AuthorFolder: Sendable, Hashable {
    public var id: String
    /// `author.yaml`, when present.
    public var profile: SourceFile?
    /// Files directly in the folder other than `author.yaml`, by name, sorted.
    public var files: [String]
    /// Sorted by path.
    public var posts: [PostSource]

    public init(id: String, profile: SourceFile?, files: [String], posts: [PostSource]) {
        self.id = id
        self.profile = profile
        self.files = files
        self.posts = posts
    }

    public var path: String { "authors/\(id)" }
}
