/// `<author>` of a feed entry: a name, and a URI if there is one.
struct FeedAuthor: Encodable, Hashable, Sendable {
    var name: String
    var uri: String?
}
