import PlanetCore

/// The comment form as it was posted, decoded but not checked: what `POST /comments` carries.
public struct CommentSubmission: Sendable, Hashable {
    /// `<author-id>/<post-slug>`.
    public var post: String
    public var name: String
    public var website: String
    /// Markdown, as typed.
    public var message: String
    /// A comment id (a file stem), or empty for a top-level comment.
    public var replyTo: String
    /// The answer to the site's question, or empty.
    public var answer: String
    /// The honeypot, the form's hidden field `CommentSettings.trapFieldName`: people never see it, so only bots fill it.
    public var email: String
    /// The reader's address, to be told when the comment is published and first answered; empty: none.
    public var notify: String

    public init(
        post: String = "", name: String = "", website: String = "", message: String = "", replyTo: String = "", answer: String = "",
        email: String = "", notify: String = ""
    ) {
        self.notify = notify
        self.post = post
        self.name = name
        self.website = website
        self.message = message
        self.replyTo = replyTo
        self.answer = answer
        self.email = email
    }

    /// The submission of a decoded form; absent fields are empty.
    public init(form: [String: String]) {
        self.init(
            post: form["post"] ?? "", name: form["name"] ?? "", website: form["website"] ?? "", message: form["message"] ?? "",
            replyTo: form["reply_to"] ?? "", answer: form["answer"] ?? "",
            email: form[CommentSettings.trapFieldName] ?? "", notify: form["notify"] ?? "")
    }
}
