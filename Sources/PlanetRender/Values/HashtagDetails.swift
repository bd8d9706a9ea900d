/// `hashtag` on a hashtag's pages.
struct HashtagDetails: Encodable, Hashable, Sendable {
    var name: String
    var url: String
    var feedURL: String
    var countLabel: String
}
