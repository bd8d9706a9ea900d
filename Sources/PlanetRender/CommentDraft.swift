/// What a reader typed in the comment form, given back in it on the intake's answer pages.
public struct CommentDraft: Sendable, Hashable {
    public var name: String
    public var website: String
    /// Markdown, as typed.
    public var message: String
    /// The answer to the site's question.
    public var answer: String
    /// The id of the comment replied to, or empty for a new conversation.
    public var replyTo: String
    /// The address given to be told of publication and replies, or empty.
    public var notify: String

    public init(name: String = "", website: String = "", message: String = "", answer: String = "", replyTo: String = "", notify: String = "") {
        self.notify = notify
        self.name = name
        self.website = website
        self.message = message
        self.answer = answer
        self.replyTo = replyTo
    }
}
