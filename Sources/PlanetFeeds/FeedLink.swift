/// `<link rel type href>` of a feed entry.
struct FeedLink: Encodable, Hashable, Sendable {
    var rel: String
    var type: String?
    var href: String
}
