import Foundation
import PlanetFiles

/// A pending comment or mention as moderators see it: its place in the spool and its file's fields, read back.
public struct PendingItem: Sendable, Hashable {
    public var comment: SpooledComment
    public var authorName: String
    /// The front matter's `date`, as written (RFC 3339).
    public var date: String
    public var website: String?
    /// The comment it answers, or nil.
    public var replyTo: String?
    /// `comment`, or the kind of mention (`mention`, `like`...).
    public var kind: String
    /// A mention's source.
    public var source: String?
    /// The Markdown message (a mention's excerpt).
    public var body: String
    /// A reply's network (`mastodon`, `bluesky`); nil for a comment or a mention.
    public var network: String?
    /// A reply deleted upstream: approving it removes it from the site.
    public var deletedUpstream: Bool

    /// `<author-id>/<post-slug>`.
    public var post: String { "\(comment.postAuthorID)/\(comment.postSlug)" }

    /// The item of a spooled file's text; nil when its front matter cannot be read.
    public init?(comment: SpooledComment, text: String) {
        guard let fields = CommentFileEdit.fields(of: text), let body = CommentFileEdit.body(of: text) else { return nil }
        let value = { (key: String) in fields.first { $0.key == key }?.value }
        self.comment = comment
        authorName = value("author") ?? ""
        date = value("date") ?? ""
        website = value("website")
        replyTo = value("reply_to")
        kind = value("kind") ?? "comment"
        source = value("source")
        network = kind == "reply" ? value("network") : nil
        deletedUpstream = kind == "reply" && value("upstream") == "deleted"
        self.body = body.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
