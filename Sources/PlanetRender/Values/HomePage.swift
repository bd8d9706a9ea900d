import PlanetTemplate

/// `home`: the river, and on its first page the latest conversations.
struct HomePage: Encodable, Hashable, Sendable {
    var posts: [Shared<PostSummary>]
    var conversations: [Conversation]
    var pagination: Pagination?
}
