import Foundation

/// Where an outside entry was first published: a member's own blog, brought in by `planet fetch`.
public struct PostOrigin: Sendable, Hashable {
    /// The blog's name (the feed's `name:`, else its title).
    public var blogName: String
    /// The blog's home page, or empty.
    public var blogURL: String
    /// The feed's URL.
    public var feedURL: String
    /// The entry's original address.
    public var entryURL: String
    /// The entry's id in its feed (Atom `id`, RSS `guid`...), or empty.
    public var entryID: String
    /// When `planet fetch` first saw the entry.
    public var firstSeen: Date
    /// False for the older entries of a feed's first fetch: they appear on the member's page, not in the river.
    public var inRiver: Bool

    public init(blogName: String, blogURL: String, feedURL: String, entryURL: String, entryID: String = "", firstSeen: Date,
                inRiver: Bool = true) {
        self.blogName = blogName
        self.blogURL = blogURL
        self.feedURL = feedURL
        self.entryURL = entryURL
        self.entryID = entryID
        self.firstSeen = firstSeen
        self.inRiver = inRiver
    }
}
