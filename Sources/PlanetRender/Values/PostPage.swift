import PlanetTemplate

/// `post`: a post with its comments.
struct PostPage: Encodable, Hashable, Sendable {
    var post: Merged<PostSummary, PostDetails>
}
