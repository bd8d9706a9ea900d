/// What the members' page adds to a member's author summary (with `bio`).
struct AuthorListing: Encodable, Hashable, Sendable {
    var postCount: Int
    var postCountLabel: String
    var lastPost: LastPost?
}
