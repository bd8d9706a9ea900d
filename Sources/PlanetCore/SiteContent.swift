/// The site's files once parsed, before aggregation: what the parse stage hands to the site builder.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    /// Sorted by id.
    public var authors: [Author]
    /// Every parsed post, drafts and future posts included, sorted by source path.
    public var posts: [Post]
    /// Sorted by source path.
    public var comments: [Comment]
    /// Sorted by source path.
    public var pages: [Page]
    /// Members' own pages (`authors/<id>/pages/`), as posts of their member (drafts included), sorted by source path.
    public var memberPages: [Post] = []
    /// Paths relative to `static/`, sorted.
    public var staticFiles: [String]
    /// The files of members' folders that may be published (bundle files, avatars, fetched images), by path
    /// relative to the site, as they are published; a file missing here is not published.
    public var memberFiles: [String: PublishedFile] = [:]
    /// Entries of members' outside blogs, from the feed cache, as posts with an `origin`.
    public var outsidePosts: [Post] = []
    /// Old addresses of tag pages, from `tags.yaml`.
    public var tagAliases: [TagAlias] = []
    /// The weekly letters recorded under `letters/`, oldest first.
    public var letters: [LetterRecord] = []

    public init(config: SiteConfig, authors: [Author] = [], posts: [Post] = [], comments: [Comment] = [],
                pages: [Page] = [], staticFiles: [String] = []) {
        self.config = config
        self.authors = authors
        self.posts = posts
        self.comments = comments
        self.pages = pages
        self.staticFiles = staticFiles
    }
}
