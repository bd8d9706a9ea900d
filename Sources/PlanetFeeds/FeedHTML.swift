/// An entry's sanitized HTML, and the absolute URL its relative URLs are resolved against when written.
struct FeedHTML: Encodable, Hashable, Sendable {
    var html: String
    var base: String
}
