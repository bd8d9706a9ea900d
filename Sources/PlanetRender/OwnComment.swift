/// A reader's comment, as their private link shows it (`IntakePage.Kind.own`).
public struct OwnComment: Sendable, Hashable {
    public enum State: String, Sendable, Hashable {
        /// Waiting for a moderator: the reader may edit or withdraw it.
        case pending
        /// Approved, not on the site yet.
        case approved
        /// On the site: the reader may ask for its removal.
        case published
        /// Its removal is asked for.
        case removalRequested = "removal"
        /// Withdrawn by the reader, just now.
        case withdrawn
        /// The link leads to no comment (withdrawn, refused, or mistyped).
        case gone
        /// An unsubscribe link from an e-mail: a button deletes the address.
        case unsubscribe
        /// The address is deleted (or was not kept).
        case unsubscribed
    }

    public var state: State
    /// Where the page's forms post (the link itself).
    public var actionURL: String
    /// The pending message, as the edit form shows it.
    public var message: String
    /// The comment's id, for its link on the post.
    public var commentID: String
    /// The reader's edit was just saved.
    public var saved: Bool

    public init(state: State, actionURL: String, message: String = "", commentID: String = "", saved: Bool = false) {
        self.state = state
        self.actionURL = actionURL
        self.message = message
        self.commentID = commentID
        self.saved = saved
    }
}
