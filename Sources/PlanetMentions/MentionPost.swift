/// A post that a webmention's target names: `/<author>/<slug>/`.
public struct MentionPost: Sendable, Hashable, Codable {
    public var author: String
    public var slug: String

    public init(author: String, slug: String) {
        self.author = author
        self.slug = slug
    }

    /// `comments/<author>/<slug>`, where its comment files go.
    public var commentFolder: String { "comments/\(author)/\(slug)" }
}
