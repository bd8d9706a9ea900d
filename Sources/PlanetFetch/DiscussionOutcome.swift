import PlanetCore

/// What fetching one discussion did, for the report.
public struct DiscussionOutcome: Sendable {
    public var postPath: String
    public var discussion: Discussion
    /// Nil when read; otherwise why not (the post's other discussions are not affected).
    public var failure: FetchFailure?
    public var replies = 0
    public var withheldByChoice = 0
    public var notPublic = 0
    /// Replies whose avatar could not be copied (refused address, too large, not an image): shown with initials.
    public var avatarsNotStored = 0
    /// Why some avatars were not asked for (hosts with private addresses), each reason once.
    public var refusedAvatars: [String] = []
    public var counts = ReplyFiles.Counts()
}
