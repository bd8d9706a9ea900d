/// `<category>` of a feed entry: one of the post's tags.
struct FeedCategory: Encodable, Hashable, Sendable {
    var term: String
    var scheme: String
    var label: String
}
