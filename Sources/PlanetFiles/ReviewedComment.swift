/// A comment file found by `planet comment review`: where it is, its id, its front matter's scalar fields in
/// their order, and its body.
public struct ReviewedComment: Sendable, Hashable {
    /// The site's repository or the intake's spool.
    public enum Place: String, Sendable, Hashable {
        case repository, spool
    }

    public struct Field: Sendable, Hashable {
        public var key: String
        public var value: String
    }

    public var place: Place
    /// The folder that holds `comments/`.
    public var root: String
    public var postAuthor: String
    public var postSlug: String
    /// The file name without `.md`.
    public var id: String
    public var fields: [Field]
    public var body: String

    /// `<author>/<slug>/<id>`.
    public var qualifiedID: String { "\(postAuthor)/\(postSlug)/\(id)" }
    /// `comments/<author>/<slug>/<id>.md`, relative to `root`.
    public var relativePath: String { "comments/\(qualifiedID).md" }
    public var path: String { root + "/" + relativePath }

    public func field(_ key: String) -> String? {
        fields.first { $0.key == key }?.value
    }

    /// `published` when the file says nothing.
    public var status: String {
        field("status")?.trimmingCharacters(in: .whitespaces).lowercased() ?? "published"
    }
}
