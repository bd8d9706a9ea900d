import PlanetCore

/// What a reply brought from Mastodon or Bluesky adds to a comment file: `network`, `handle`, `warning`, `avatar`
/// (the file `planet fetch` copied into `.planet/feeds/<member>/avatars/`), and `upstream: deleted` once its
/// author deleted it.
public struct ReplyDetails: Sendable, Hashable {
    public var network: SocialNetwork
    public var handle: String
    public var warning: String
    public var deletedUpstream: Bool
    public var avatar: String?

    public init(network: SocialNetwork, handle: String, warning: String = "", deletedUpstream: Bool = false, avatar: String? = nil) {
        self.network = network
        self.handle = handle
        self.warning = warning
        self.deletedUpstream = deletedUpstream
        self.avatar = avatar
    }
}
