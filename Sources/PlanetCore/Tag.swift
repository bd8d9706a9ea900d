/// A tag or a hashtag of the site: every spelling that shares one grouping key.
public struct Tag: Sendable, Hashable {
    /// `tags` for front-matter tags, `hashtags` for hashtags found in the text: the first URL segment.
    public var section: String
    /// `Slug.groupingKey` of every spelling.
    public var key: String
    /// The most used spelling (ties: the first in code-point order).
    public var name: String
    /// Unique among the site's tags; see `TagIndex` for how collisions are resolved.
    public var slug: String
    /// Indices into `Site.posts`, newest first.
    public var postIndices: [Int]

    public init(section: String = "tags", key: String, name: String, slug: String, postIndices: [Int]) {
        self.section = section
        self.key = key
        self.name = name
        self.slug = slug
        self.postIndices = postIndices
    }

    public var path: String { "/\(section)/\(slug)/" }
}
