/// What a moderator decides about a pending comment or mention.
public enum ModerationAction: String, Sendable, Hashable, CaseIterable {
    /// Delivered to the site (committed to its repository, or into the site folder), then published by a build.
    case approve
    /// Purged from the spool at once; only a keyed hash of its text is kept, for the duplicate filter.
    case refuse
    /// Kept in the spool's `spam/` folder for `Spool.spamRetention`, then purged.
    case spam
}
