/// A post commented on lately, on the home page, linking to its last comment.
struct Conversation: Encodable, Hashable, Sendable {
    var title: String
    var url: String
    var commentLabel: String
    var lastAuthor: String
    var dateISO: String
    var dateDisplay: String
}
