/// What an import moved, left out and could not keep, counted for its summary.
public struct ImportSummary: Sendable, Hashable {
    public var posts = 0
    public var pages = 0
    public var drafts = 0
    /// Private and trashed items, and items of other kinds (menus, revisions...).
    public var leftOut = 0
    public var commentsPublished = 0
    public var commentsPending = 0
    public var commentsSpam = 0
    /// Trashed comments, and comments on drafts and on items left out.
    public var commentsLeftOut = 0
    public var mentions = 0
    public var aliases = 0
    public var mediaCopied = 0
    public var mediaLinked = 0
    /// The old blog's host when it is not the site's, and what it must keep redirecting: `old address → new address`.
    public var oldHost = ""
    public var oldHostRedirects: [String] = []
    /// Disqus: the threads whose comments went to a post, and the addresses of those that matched none.
    public var threadsMatched = 0
    public var unmatchedThreads: [String] = []

    public init() {}
}
