/// Moderation state of a comment; only published comments appear anywhere.
public enum CommentStatus: String, Sendable, Hashable, CaseIterable {
    case published
    case pending
    case spam
}
