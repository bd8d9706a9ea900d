import Foundation
import PlanetCore

/// A public reply read from a Mastodon or Bluesky thread, before it becomes a comment file.
public struct FetchedReply: Sendable, Hashable {
    public var network: SocialNetwork
    /// The status id (Mastodon) or the post's at:// URI (Bluesky).
    public var id: String
    /// The id of the reply it answers; nil when it answers the discussion's post itself.
    public var parentID: String?
    /// The reply's address on the web.
    public var url: String
    public var authorName: String
    /// `@bob@piaille.fr`, `bob.bsky.social`.
    public var handle: String
    public var profileURL: String
    public var date: Date
    /// As the network gives it: HTML (Mastodon), or HTML made from the text and its facets (Bluesky).
    public var contentHTML: String
    /// The content warning (Mastodon's `spoiler_text`, Bluesky's self-labels); empty when none.
    public var warning: String
    /// Images, videos and sounds, as links: their address and description.
    public var media: [(url: String, description: String)]
    /// The author's avatar as the network serves it; empty when none.
    public var avatarURL: String = ""
    /// The avatar's copy in the member's `.planet/feeds/<member>/avatars/`, once `planet fetch` stored it.
    public var avatarFile: String?

    public static func == (lhs: FetchedReply, rhs: FetchedReply) -> Bool {
        lhs.id == rhs.id && lhs.parentID == rhs.parentID && lhs.url == rhs.url && lhs.authorName == rhs.authorName
            && lhs.handle == rhs.handle && lhs.profileURL == rhs.profileURL && lhs.date == rhs.date
            && lhs.contentHTML == rhs.contentHTML && lhs.warning == rhs.warning && lhs.avatarURL == rhs.avatarURL
            && lhs.avatarFile == rhs.avatarFile
            && lhs.media.map(\.url) == rhs.media.map(\.url) && lhs.media.map(\.description) == rhs.media.map(\.description)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(url)
    }
}

/// The replies of one discussion that may be republished, and how many were left out because their author said
/// so (a Mastodon account marked `noindex` or not `discoverable`, a Bluesky account labelled `!no-unauthenticated`)
/// or because they are not public.
public struct FetchedThread: Sendable {
    public var replies: [FetchedReply]
    public var withheldByChoice: Int
    public var notPublic: Int
    /// Why some avatars were not asked for (hosts with private addresses), each reason once.
    public var refusedAvatars: [String] = []
}
