import Foundation

/// A member's post, parsed and rendered to sanitized HTML.
public struct Post: Sendable, Hashable {
    public var authorID: String { didSet { refreshTextFingerprint() } }
    public var slug: String { didSet { refreshTextFingerprint() } }
    public var title: String { didSet { refreshTextFingerprint() } }
    /// First publication.
    public var date: Date { didSet { refreshTextFingerprint() } }
    /// Where `date`'s value is written, to report a post left out for being dated in the future there.
    public var dateMark: SourceMark?
    /// Last significant edit, when the author gave one.
    public var updated: Date?
    /// Tags as written (without a leading `#`), in the author's order, without duplicates.
    public var tags: [String] { didSet { refreshTextFingerprint() } }
    /// Plain text: the `summary` field, or else the first paragraph.
    public var summary: String { didSet { refreshTextFingerprint() } }
    /// Sanitized HTML of the body; relative URLs are relative to the post's own page.
    public var contentHTML: String
    /// `Fingerprint.of(contentHTML)` as the parser made it (kept by the build cache, never recomputed): what tells
    /// later stages (the search index, the engine) that the body changed without reading it again. Later rewrites of
    /// `contentHTML` that depend only on the site (hashtag links) leave it as it was.
    public var htmlFingerprint: UInt64 { didSet { refreshTextFingerprint() } }
    /// Hashtags of the body as written (without `#`), in order, repeats included.
    public var hashtags: [String] { didSet { refreshTextFingerprint() } }
    public var isDraft: Bool
    /// False when the front matter says `comments: false`: comment files for the post are then refused.
    public var commentsOpen: Bool
    /// Path of the Markdown file, relative to the site.
    public var sourcePath: String
    /// For a bundle (`<date>-<slug>/index.md`): its other files, relative to the bundle folder, sorted.
    public var bundleFiles: [String]
    /// For an entry of a member's outside blog (`planet fetch`): where it was first published. Nil for a native post.
    public var origin: PostOrigin?
    /// Old addresses of the post (`aliases:`), each published as a redirect page.
    public var aliases: [Alias]
    /// Where the post is discussed on Mastodon or Bluesky (`discussion:`), in the order written.
    public var discussions: [Discussion]
    /// The language it is written in (`lang:`, a BCP 47 tag), when not the site's.
    public var language: String? { didSet { refreshTextFingerprint() } }
    /// The fingerprint of what a reader reads of the post as text: its author's id, slug, title, date, tags, summary,
    /// body (by `htmlFingerprint`), hashtags and language (see `Post+Fingerprints`). Made at init and again whenever
    /// one of those fields changes, so that it is never stale: what tells the search corpus that a post is unchanged
    /// without reading its fields.
    public internal(set) var textFingerprint: UInt64 = 0

    public init(
        authorID: String, slug: String, title: String, date: Date, updated: Date? = nil, tags: [String] = [],
        summary: String = "", contentHTML: String = "", hashtags: [String] = [], isDraft: Bool = false, commentsOpen: Bool = true, sourcePath: String,
        bundleFiles: [String] = [], origin: PostOrigin? = nil, aliases: [Alias] = [], dateMark: SourceMark? = nil, discussions: [Discussion] = [],
        language: String? = nil, htmlFingerprint: UInt64? = nil
    ) {
        self.authorID = authorID
        self.slug = slug
        self.title = title
        self.date = date
        self.dateMark = dateMark
        self.updated = updated
        self.tags = tags
        self.summary = summary
        self.contentHTML = contentHTML
        self.htmlFingerprint = htmlFingerprint ?? Fingerprint.of(contentHTML)
        self.hashtags = hashtags
        self.isDraft = isDraft
        self.commentsOpen = commentsOpen
        self.sourcePath = sourcePath
        self.bundleFiles = bundleFiles
        self.origin = origin
        self.aliases = aliases
        self.discussions = discussions
        self.language = language
        refreshTextFingerprint()
    }

    /// The post's page: `/<author>/<slug>/`.
    @inlinable public var path: String { "/\(authorID)/\(slug)/" }

    /// `updated`, else `date`: what feeds and sitemaps call the last change.
    public var lastModified: Date { updated ?? date }

    /// The folder of a bundle post, relative to the site (nil for a single-file post).
    public var bundleFolder: String? {
        sourcePath.hasSuffix("/index.md") ? String(sourcePath.dropLast("/index.md".count)) : nil
    }
}
