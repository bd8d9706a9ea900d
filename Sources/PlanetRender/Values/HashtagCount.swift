/// A hashtag in the cloud: `{name, url, count, count_label, size}`, `size` from 1 to 5.
struct HashtagCount: Encodable, Hashable, Sendable {
    var name: String
    var url: String
    var count: Int
    var countLabel: String
    var size: Int
}
