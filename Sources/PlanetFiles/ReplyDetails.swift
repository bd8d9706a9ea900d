import PlanetCore

/// What a reply brought from Mastodon or Bluesky adds to a comment file: `network`, `handle`, `warning`, and
/// `upstream: deleted` once its author deleted it.
public struct ReplyDetails: Sendable, Hashable {
    public var network: SocialNetwork
    public var handle: String
    public var warning: String
    public var deletedUpstream: Bool

    public init(network: SocialNetwork, handle: String, warning: String = "", deletedUpstream: Bool = false) {
        self.network = network
        self.handle = handle
        self.warning = warning
        self.deletedUpstream = deletedUpstream
    }
}
