import Foundation
import PlanetCore

/// A pending comment or mention as the moderation view shows it.
public struct ModerationItem: Sendable, Hashable {
    /// Where a comment is: its post (`<author-id>/<post-slug>`) and its id.
    public struct Place: Sendable, Hashable {
        public var post: String
        public var id: String

        public init(post: String, id: String) {
            self.post = post
            self.id = id
        }
    }

    public var place: Place
    public var authorName: String
    /// The front matter's date; nil when it cannot be read.
    public var date: Date?
    public var website: String?
    /// The published comment it answers.
    public var replyTo: String?
    /// `comment`, or the kind of mention (`mention`, `like`...).
    public var kind: String
    /// A mention's source.
    public var source: String?
    /// The Markdown message, shown as text.
    public var body: String
    /// A reply's network (`mastodon`, `bluesky`), brought by `planet fetch`; nil otherwise.
    public var network: SocialNetwork?
    /// A reply its author deleted upstream: approving it removes it from the site.
    public var deletedUpstream: Bool

    public init(
        place: Place, authorName: String, date: Date?, website: String?, replyTo: String?, kind: String, source: String?, body: String,
        network: SocialNetwork? = nil, deletedUpstream: Bool = false
    ) {
        self.network = network
        self.deletedUpstream = deletedUpstream
        self.place = place
        self.authorName = authorName
        self.date = date
        self.website = website
        self.replyTo = replyTo
        self.kind = kind
        self.source = source
        self.body = body
    }
}
