/// A person's mistake in the form: each is explained on the page that gives the form back, filled in.
public enum SubmissionProblem: Sendable, Hashable {
    case nameMissing
    case nameTooLong(maximum: Int)
    /// The name shows no letter or digit (`CommentAuthorName`): spaces, invisible characters, symbols alone.
    case nameWithoutLetter
    /// The name piles up combining marks, or holds too many scalars (`CommentAuthorName`).
    case nameTooComplex
    case messageMissing
    case messageTooLong(maximum: Int)
    case tooManyLinks(maximum: Int)
    case websiteNotWeb
    case wrongAnswer
    /// `reply_to` names no published comment of the post.
    case unknownReply
    /// The same message arrived within the duplicate window.
    case alreadyReceived
}
