/// `atom:source` (RFC 4287, 4.2.11): the outside blog an entry was first published on.
struct FeedSource: Encodable, Hashable, Sendable {
    var feedURL: String
    var title: String
    /// Empty for none.
    var blogURL: String
}
