/// One of a member's outside blogs, listed under `feeds:` in `author.yaml`.
public struct FeedSubscription: Sendable, Hashable {
    /// The feed's http(s) URL (Atom, RSS 2.0 or RSS 1.0).
    public var url: String
    /// The blog's name as the site shows it; empty to use the feed's own title.
    public var name: String
    /// When not empty, only entries carrying one of these categories are kept (compared like tags).
    public var tags: [String]

    public init(url: String, name: String = "", tags: [String] = []) {
        self.url = url
        self.name = name
        self.tags = tags
    }

    /// The feed's cache file name in `.planet/feeds/<author>/`: a stable hash of its URL.
    public var cacheName: String {
        StableHash.hex(url) + ".json"
    }
}
