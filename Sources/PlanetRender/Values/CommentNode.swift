/// A comment of a post's page, with its replies (threaded by `reply_to`).
struct CommentNode: Encodable, Hashable, Sendable {
    var id: String
    var anchor: String
    var authorName: String
    var website: String
    var initials: String
    var dateISO: String
    var dateDisplay: String
    var contentHTML: String
    var isPostAuthor: Bool
    var depth: Int
    var replies: [CommentNode]
    /// The member's author summary, when a member wrote it.
    var member: AuthorSummary?
}
