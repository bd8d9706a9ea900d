import Foundation

/// A post or a page of the old blog, as its export gives it.
public struct ImportedItem: Sendable {
    public enum Kind: String, Sendable, Hashable {
        case post
        case page
    }

    public enum Status: String, Sendable, Hashable {
        case published
        case draft
        /// Scheduled: imported as a draft.
        case future
        /// Private, trashed or any other state: left out, and counted.
        case hidden
    }

    /// How the body is written.
    public enum Format: String, Sendable, Hashable {
        case html
        /// WordPress's classic editor: HTML whose blank lines are paragraphs, with shortcodes.
        case wordpress
        /// Dotclear's wiki syntax.
        case wiki
    }

    /// The engine's id (`123`, `tag:blogger.com,1999:blog-1.post-2`).
    public var id: String
    public var kind: Kind
    public var status: Status
    public var title: String
    /// The engine's own slug, when it has one.
    public var slug: String
    /// In UTC; nil when the export gives none (a draft never published).
    public var date: Date?
    /// The old permalink.
    public var link: String
    /// Other old addresses of the item (`?p=123`).
    public var otherLinks: [String]
    /// The author's login in the export.
    public var login: String
    public var tags: [String]
    /// The excerpt, as HTML or text.
    public var excerpt: String
    public var body: String
    public var format: Format
    public var comments: [ImportedComment]
    /// False when the old blog closed the item to comments (WordPress's `comment_status` `closed`): imported with
    /// `comments: false`, its comments kept.
    public var commentsOpen: Bool
    /// The item's line in the export (0 when unknown).
    public var line: Int

    public init(id: String, kind: Kind = .post, status: Status = .published, title: String = "", slug: String = "", date: Date? = nil,
                link: String = "", otherLinks: [String] = [], login: String = "", tags: [String] = [], excerpt: String = "",
                body: String = "", format: Format = .html, comments: [ImportedComment] = [], commentsOpen: Bool = true, line: Int = 0) {
        self.id = id
        self.kind = kind
        self.status = status
        self.title = title
        self.slug = slug
        self.date = date
        self.link = link
        self.otherLinks = otherLinks
        self.login = login
        self.tags = tags
        self.excerpt = excerpt
        self.body = body
        self.format = format
        self.comments = comments
        self.commentsOpen = commentsOpen
        self.line = line
    }
}
