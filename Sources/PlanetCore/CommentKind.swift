/// What a comment file holds: a reader's comment, a reply brought from Mastodon or Bluesky by `planet fetch`
/// (part of the thread, with its `source` and `network`), or a mention of the post on another site (a webmention,
/// an imported pingback or trackback), which is listed apart from the thread.
public enum CommentKind: String, Sendable, Hashable, CaseIterable {
    case comment
    case reply
    case mention

    /// Whether comments of this kind are part of the post's thread.
    public var isInThread: Bool { self != .mention }
}
