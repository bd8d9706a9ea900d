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
    /// Written by the post's author (on a member's page, false: `isPageAuthor` instead).
    var isPostAuthor: Bool
    /// Written by the member whose page it comments.
    var isPageAuthor = false
    var depth: Int
    var replies: [CommentNode]
    /// The member's author summary, when a member wrote it.
    var member: AuthorSummary?
    /// Where a reader replies to it: the intake's reply page, or the forge's editor with the reply's file filled in;
    /// absent on a post closed to comments, and when `replyByPullRequest` says how instead.
    var replyURL: String?
    /// The reply's comment file to propose by pull request, without an intake or a forge's editor.
    var replyByPullRequest: PullRequestComment?
    /// Whom a reply answers, for assistive technology: "à Julie, le 3 mars 2024 à 10:00".
    var replyContext: String
    /// A reply from Mastodon or Bluesky: its network's name; absent for a comment made here.
    var network: String?
    /// A reply's address on its network; absent for a comment made here.
    var source: String?
    /// A reply's content warning, shown as the summary of the `<details>` that holds its text; absent when none.
    var warning: String?
    /// A reply's avatar, copied by `planet fetch` and published with the post; absent otherwise (initials instead).
    var avatarURL: String?
}
