/// A tag of the site: every spelling that shares one grouping key.
public struct Tag: Sendable, Hashable {
    /// `Slug.groupingKey` of every spelling.
    public var key: String
    /// The most used spelling (ties: the first in code-point order).
    public var name: String
    /// Unique among the site's tags; see `TagIndex` for how collisions are resolved.
    public var slug: String
    /// Indices into `Site.posts`, newest first.
    public var postIndices: [Int]

    public init(key: String, name: String, slug: String, postIndices: [Int]) {
        self.key = key
        self.name = name
        self.slug = slug
        self.postIndices = postIndices
    }

    public var path: String { "/tags/\(slug)/" }
}
