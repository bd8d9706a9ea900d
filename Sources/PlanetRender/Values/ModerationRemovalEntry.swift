/// `moderation.desk.removals`: a published comment whose reader asked for its removal.
struct ModerationRemovalEntry: Encodable, Hashable, Sendable {
    var post: String
    var id: String
    var postTitle: String
    var commentURL: String
    /// The file to remove from the site's repository.
    var path: String
}
