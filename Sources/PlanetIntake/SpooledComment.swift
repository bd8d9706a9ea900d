/// A comment file waiting in the spool: its place in the site (`comments/<author>/<slug>/<id>.md`) and its text.
public struct SpooledComment: Sendable, Hashable {
    public var postAuthorID: String
    public var postSlug: String
    public var id: String

    public init(postAuthorID: String, postSlug: String, id: String) {
        self.postAuthorID = postAuthorID
        self.postSlug = postSlug
        self.id = id
    }

    /// The file's path in the site, and in the spool.
    public var path: String { "comments/\(postAuthorID)/\(postSlug)/\(id).md" }
    /// The branch that delivers it.
    public var branch: String { "comments/\(postAuthorID)/\(postSlug)/\(id)" }
}
