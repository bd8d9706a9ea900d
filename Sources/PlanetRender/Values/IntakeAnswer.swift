/// `intake`: an answer page of the intake service (`templates/intake.mustache`).
struct IntakeAnswer: Encodable, Hashable, Sendable {
    var title: String
    var intro: String
    /// What went wrong, already in the site's language; the form shows them itself when there is one.
    var problems: [String]
    /// The comment a reply answers.
    var quoted: QuotedComment?
    /// The form, filled with what the reader typed; absent on a refusal that gives nothing back.
    var commentForm: CommentForm?
    /// A reader's own comment, behind their private link.
    var own: OwnCommentValues?
    /// A page of the weekly letter's subscription.
    var letter: LetterFormValues?
    /// The post's address (or the site's, for an unknown post) and the link's text.
    var backURL: String
    var backLabel: String
}

/// `intake`, as the intake's answer page receives it.
struct IntakeAnswerPage: Encodable, Hashable, Sendable {
    var intake: IntakeAnswer
    /// The layout's referrer policy is `same-origin`: a private link's address never leaves for another site in a
    /// `Referer` (and the intake's own forms still carry their `Origin`).
    var privatePage = true
}
