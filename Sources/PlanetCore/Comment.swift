import Foundation

/// A reader's comment: `comments/<author-id>/<post-slug>/<id>.md`.
public struct Comment: Sendable, Hashable {
    /// The file name without `.md`.
    public var id: String
    /// The post it belongs to.
    public var postAuthorID: String
    public var postSlug: String
    /// Display name of whoever wrote it.
    public var authorName: String
    public var date: Date
    /// A safe http(s) URL, or empty.
    public var website: String
    /// A member id, when a member wrote it.
    public var memberID: String?
    public var replyTo: String?
    /// Where `reply_to`'s value is written, to report a reply to a missing comment there.
    public var replyToMark: SourceMark?
    public var status: CommentStatus
    /// A comment, or a mention (then `source` is set and there is no `replyTo`).
    public var kind: CommentKind
    /// A mention's page: the http(s) URL that links to the post; empty for a comment.
    public var source: String
    /// A mention's page title; may be empty.
    public var title: String
    /// Sanitized HTML of the body.
    public var contentHTML: String
    /// Hashtags of the body as written (without `#`), in order, repeats included.
    public var hashtags: [String]
    public var sourcePath: String

    public init(
        id: String, postAuthorID: String, postSlug: String, authorName: String, date: Date, website: String = "",
        memberID: String? = nil, replyTo: String? = nil, replyToMark: SourceMark? = nil, status: CommentStatus = .published,
        kind: CommentKind = .comment, source: String = "", title: String = "", contentHTML: String = "", hashtags: [String] = [], sourcePath: String
    ) {
        self.id = id
        self.postAuthorID = postAuthorID
        self.postSlug = postSlug
        self.authorName = authorName
        self.date = date
        self.website = website
        self.memberID = memberID
        self.replyTo = replyTo
        self.replyToMark = replyToMark
        self.status = status
        self.kind = kind
        self.source = source
        self.title = title
        self.contentHTML = contentHTML
        self.hashtags = hashtags
        self.sourcePath = sourcePath
    }
}
