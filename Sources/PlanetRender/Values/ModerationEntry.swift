/// `moderation.desk.items`: a pending comment or mention, with its post, the comment it answers and its thread.
struct ModerationEntry: Encodable, Hashable, Sendable {
    var heading: String
    /// The item's element id (`pending-<author>--<slug>--<id>`: ids repeat across posts), which the feed links to.
    var anchor: String
    var post: String
    var id: String
    var postTitle: String
    var postURL: String
    /// The desk filtered on this post.
    var filterURL: String
    var authorName: String
    var dateISO: String
    var dateDisplay: String
    var website: String
    var isMention: Bool
    /// A reply brought from Mastodon or Bluesky: its network's name; absent otherwise.
    var network: String?
    /// A reply deleted upstream: approving removes it.
    var removalProposed: Bool
    var source: String
    /// The message, as text (never rendered as HTML).
    var body: String
    var quoted: QuotedComment?
    var thread: [ModerationThreadLine]
}
