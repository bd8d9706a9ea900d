/// `{name, url, count, is_hashtag}`: a tag or hashtag among the most used (a member's, a tag's related).
struct TopicCount: Encodable, Hashable, Sendable {
    var name: String
    var url: String
    var count: Int
    var isHashtag: Bool
}
