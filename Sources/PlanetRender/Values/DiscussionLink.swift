import PlanetCore

/// A link to reply to a post where it is discussed: "Répondre sur Mastodon", "Reply on Bluesky".
struct DiscussionLink: Encodable, Hashable, Sendable {
    var label: String
    var url: String

    static func links(for post: Post, strings: InterfaceStrings) -> [DiscussionLink] {
        post.discussions.map { discussion in
            DiscussionLink(label: strings.format("discussion_reply", ["network": discussion.network.displayName]), url: discussion.url)
        }
    }
}
