import PlanetTemplate

/// `hashtag`: one hashtag's posts, the members who used it and (first page) the comments that did.
struct HashtagPage: Encodable, Hashable, Sendable {
    var hashtag: Shared<HashtagDetails>
    var posts: [Shared<PostSummary>]
    var members: Shared<[AuthorSummary]>
    var comments: Shared<[HashtagComment]>
    var pagination: Pagination?
}
