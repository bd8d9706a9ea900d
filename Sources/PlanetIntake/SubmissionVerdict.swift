/// What the service makes of a submission.
public enum SubmissionVerdict: Sendable, Hashable {
    /// Kept: spooled, then delivered.
    case accepted(AcceptedComment)
    /// The same message arrived within the duplicate window: a success, nothing kept again; the reader is sent to
    /// the post's notice that it awaits a moderator.
    case duplicate(post: String)
    /// The honeypot was filled: the same redirect as success, nothing kept.
    case bot(post: String)
    /// The form comes back filled in, with each mistake explained (422).
    case mistakes([SubmissionProblem])
    case refused(SubmissionRefusal)
    /// Valid, but everyone together has sent more than the global rate limit allows (429), nothing kept.
    case overloaded
}
