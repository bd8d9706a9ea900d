/// `tag` on a tag's pages: its feed, related topics and members.
struct TagDetails: Encodable, Hashable, Sendable {
    var name: String
    var url: String
    var feedURL: String
    var countLabel: String
    var related: [TopicCount]
    var members: [AuthorSummary]
}
