import Foundation

/// What a reader's private link (`/comment/<token>`) leads to: their comment, where it is now.
public struct ReaderLink: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable {
        /// In the spool, waiting for a moderator: the reader may edit or withdraw it.
        case pending
        /// Approved by a moderator, on its way to the site.
        case approved
        /// Delivered to the site: the reader may ask the moderators to remove it.
        case published
        /// Published, and its removal asked for.
        case removalRequested = "removal-requested"
    }

    /// `<author-id>/<post-slug>`.
    public var post: String
    /// The comment's id (its file's stem).
    public var id: String
    public var state: State
    /// When the link was made, in seconds since 1970.
    public var created: Int

    public init(post: String, id: String, state: State, created: Int) {
        self.post = post
        self.id = id
        self.state = state
        self.created = created
    }

    /// The comment in the spool.
    public var comment: SpooledComment? {
        let parts = post.split(separator: "/").map(String.init)
        guard parts.count == 2 else { return nil }
        return SpooledComment(postAuthorID: parts[0], postSlug: parts[1], id: id)
    }
}
