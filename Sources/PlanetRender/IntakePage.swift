/// One answer page of the intake service, as it asks for it (`IntakePages.render`); its HTTP status is the
/// service's business.
public struct IntakePage: Sendable, Hashable {
    /// What the page says, in its title and introduction (the theme's `intake_*` strings).
    public enum Kind: Sendable, Hashable {
        /// The comment was not kept: the problems say what to fix (or why to wait), the form gives it back.
        case notSent
        /// A reader replies to the comment `replyingTo`, from its "Reply" link.
        case reply
        /// The request was refused; with a `draft`, the reader's text is given back in the form.
        case refused
        /// The reader's own comment, behind their private link.
        case own(OwnComment)
        /// A page of the weekly letter's subscription; its form posts to `actionURL`.
        case letter(LetterSubscriptionStep, actionURL: String)
    }

    public var kind: Kind
    /// The post, `<author-id>/<post-slug>`; nil or unknown: the page names no post, and links back to the site.
    public var post: String?
    /// What went wrong, already in the site's language, shown above the form (`role="alert"`).
    public var problems: [String]
    /// What the reader typed, given back in the form; nil: a page without the form.
    public var draft: CommentDraft?
    /// The id of a published comment of `post` to quote above the form (the comment replied to).
    public var replyingTo: String?

    public init(kind: Kind, post: String? = nil, problems: [String] = [], draft: CommentDraft? = nil, replyingTo: String? = nil) {
        self.kind = kind
        self.post = post
        self.problems = problems
        self.draft = draft
        self.replyingTo = replyingTo
    }
}
