/// What keeps a comment from being kept, told to the person: each is explained on the page that gives the form
/// back, filled in.
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
    /// The optional e-mail address is not one (`MailAddressRule`).
    case notifyNotAnAddress
    case wrongAnswer
    /// `reply_to` names no published comment of the post.
    case unknownReply
    /// The spool could not be written (a full disk): not the reader's mistake, but the form comes back all the same,
    /// with the text, to be sent again later (503).
    case notStored
}
