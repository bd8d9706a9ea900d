/// `hashtags`: every hashtag, by use.
struct HashtagsPage: Encodable, Hashable, Sendable {
    var hashtags: [HashtagCount]
}
