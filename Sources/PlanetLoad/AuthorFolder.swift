/// `authors/<id>/`: the member's profile file, their other files (avatar...), their posts and their own pages.
public struct AuthorFolder: Sendable, Hashable {
    public var id: String
    /// `author.yaml`, when present.
    public var profile: SourceFile?
    /// Files directly in the folder other than `author.yaml`, by name, sorted.
    public var files: [String]
    /// Sorted by path.
    public var posts: [PostSource]
    /// The member's own pages, `pages/<slug>.md` or `pages/<slug>/index.md` (with their files), sorted by path.
    public var pages: [PostSource]

    public init(id: String, profile: SourceFile?, files: [String], posts: [PostSource], pages: [PostSource] = []) {
        self.id = id
        self.profile = profile
        self.files = files
        self.posts = posts
        self.pages = pages
    }

    public var path: String { "authors/\(id)" }
}
