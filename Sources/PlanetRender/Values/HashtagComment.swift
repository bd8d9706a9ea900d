/// A comment that uses a hashtag, on the hashtag's first page.
struct HashtagComment: Encodable, Hashable, Sendable {
    var authorName: String
    var url: String
    var postTitle: String
    var dateISO: String
    var dateDisplay: String
}
