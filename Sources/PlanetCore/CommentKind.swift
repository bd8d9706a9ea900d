/// What a comment file holds: a reader's comment, or a mention of the post on another site (a webmention,
/// an imported pingback or trackback), which is listed apart from the thread.
public enum CommentKind: String, Sendable, Hashable, CaseIterable {
    case comment
    case mention
}
