import PlanetTemplate

/// `tag`: one tag's posts.
struct TagPage: Encodable, Hashable, Sendable {
    var tag: Shared<TagDetails>
    var posts: [Shared<PostSummary>]
    var pagination: Pagination?
}
