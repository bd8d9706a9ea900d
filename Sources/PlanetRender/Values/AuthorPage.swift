import PlanetTemplate

/// `author`: a member's profile (the same on each page of the list) and posts.
struct AuthorPage: Encodable, Hashable, Sendable {
    var author: Shared<Merged<AuthorSummary, AuthorProfile>>
    var posts: [Shared<PostSummary>]
    var pagination: Pagination?
}
