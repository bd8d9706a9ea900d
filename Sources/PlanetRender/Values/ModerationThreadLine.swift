/// A published comment of a pending item's post, as the moderation view lists the thread.
struct ModerationThreadLine: Encodable, Hashable, Sendable {
    var authorName: String
    var dateDisplay: String
    var excerpt: String
    var url: String
    /// The comment the pending one answers.
    var answered: Bool
}
