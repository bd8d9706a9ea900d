/// `comment_form`: the form that sends a comment to the intake service, on a post's page and on the intake's answer
/// pages, where it comes back filled with what the reader typed and the problems to fix (empty on a post's page).
struct CommentForm: Encodable, Hashable, Sendable {
    var action: String
    var postID: String
    var question: String
    var hasQuestion: Bool
    var replyOptions: [ReplyOption]
    var hasReplyOptions: Bool
    var nameMax: Int
    var messageMax: Int
    /// The name of the hidden trap field (`CommentSettings.trapFieldName`).
    var trapName: String
    /// The level of the form's heading: 3 under a post's comments, 2 on an intake page.
    var titleLevel: Int
    /// What the reader typed, given back.
    var name: String
    var website: String
    var message: String
    var answer: String
    /// The comment replied to (`reply_to`), or empty.
    var replyTo: String
    /// The optional e-mail field: the site sends mail (`mail:` in `planet.yaml`).
    var hasNotify: Bool
    /// The address typed in it, given back.
    var notify: String
    /// What to fix before sending again, already in the site's language.
    var problems: [String]
}
