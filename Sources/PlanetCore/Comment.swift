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
    /// A comment, a reply from elsewhere (with `source`), or a mention (with `source`, and no `replyTo`).
    public var kind: CommentKind
    /// A mention's page, or a reply's address on its network: an http(s) URL; empty for a comment.
    public var source: String
    /// A reply's network (`kind: reply`); nil otherwise.
    public var network: SocialNetwork?
    /// A reply's author's handle on its network (`@bob@piaille.fr`, `bob.bsky.social`); empty otherwise.
    public var handle: String
    /// A reply's content warning: its text is shown behind it; empty when none.
    public var warning: String
    /// A reply's avatar: the file `planet fetch` copied into `.planet/feeds/<post-author>/avatars/`; nil otherwise.
    public var avatarFile: String?
    /// A mention's page title; may be empty.
    public var title: String
    /// Sanitized HTML of the body.
    public var contentHTML: String
    /// `Fingerprint.of(contentHTML)` as the parser made it (kept by the build cache, never recomputed), as `Post`'s.
    public var htmlFingerprint: UInt64
    /// Hashtags of the body as written (without `#`), in order, repeats included.
    public var hashtags: [String]
    public var sourcePath: String

    public init(
        id: String, postAuthorID: String, postSlug: String, authorName: String, date: Date, website: String = "",
        memberID: String? = nil, replyTo: String? = nil, replyToMark: SourceMark? = nil, status: CommentStatus = .published,
        kind: CommentKind = .comment, source: String = "", network: SocialNetwork? = nil, handle: String = "", warning: String = "",
        avatarFile: String? = nil, title: String = "", contentHTML: String = "", hashtags: [String] = [], sourcePath: String,
        htmlFingerprint: UInt64? = nil
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
        self.network = network
        self.handle = handle
        self.warning = warning
        self.avatarFile = avatarFile
        self.title = title
        self.contentHTML = contentHTML
        self.htmlFingerprint = htmlFingerprint ?? Fingerprint.of(contentHTML)
        self.hashtags = hashtags
        self.sourcePath = sourcePath
    }
}
