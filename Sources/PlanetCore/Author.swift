/// A member of the community: `authors/<id>/author.yaml`.
public struct Author: Sendable, Hashable {
    /// The folder name, also the first segment of the member's URLs.
    public var id: String
    public var name: String
    public var bio: String
    /// An http(s) URL, or empty.
    public var website: String
    /// The avatar's file name inside the author's folder, or nil.
    public var avatarFile: String?
    public var links: [AuthorLink]
    /// Outside blogs that `planet fetch` brings in (`feeds:`).
    public var feeds: [FeedSubscription]
    /// The member's Mastodon account (`fediverse:`), where `planet fetch` finds discussions of their posts.
    public var fediverse: FediverseAccount?
    /// The member's Bluesky handle (`bluesky:`), where `planet fetch` finds discussions of their posts.
    public var bluesky: String?
    public var sourcePath: String

    public init(
        id: String, name: String, bio: String = "", website: String = "", avatarFile: String? = nil,
        links: [AuthorLink] = [], feeds: [FeedSubscription] = [], fediverse: FediverseAccount? = nil, bluesky: String? = nil,
        sourcePath: String
    ) {
        self.id = id
        self.name = name
        self.bio = bio
        self.website = website
        self.avatarFile = avatarFile
        self.links = links
        self.feeds = feeds
        self.fediverse = fediverse
        self.bluesky = bluesky
        self.sourcePath = sourcePath
    }
}
