/// What validation makes of a submission.
public enum SubmissionVerdict: Sendable, Hashable {
    /// Kept: spooled, then delivered.
    case accepted(AcceptedComment)
    /// The honeypot was filled: the same redirect as success, nothing kept.
    case bot(post: String)
    /// The form comes back filled in, with each mistake explained (422).
    case mistakes([SubmissionProblem])
    case refused(SubmissionRefusal)
}
