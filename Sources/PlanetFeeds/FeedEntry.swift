/// An entry of an Atom feed: a post or a comment. Its content is written with its URLs made absolute
/// against `content.base` (`FeedContent`).
struct FeedEntry: Encodable, Hashable, Sendable {
    var id: String
    var title: String
    var links: [FeedLink]
    var published: String
    var updated: String
    var author: FeedAuthor
    var categories: [FeedCategory]
    /// Empty for none.
    var summary: String
    var content: FeedHTML
    /// The outside blog a post was first published on.
    var source: FeedSource?
}
