/// The whole site after aggregation: what the renderers turn into files.
/// Every collection is in a deterministic order, never in hashing or file-system order.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Sorted by id.
    public var authors: [Author]
    /// Published posts, newest first (ties: author id, then slug).
    public var posts: [Post]
    /// Sorted by weight, then title.
    public var pages: [Page]
    /// Sorted by slug.
    public var tags: [Tag]
    /// Indices into `posts`, newest first, for each author id.
    public var postsByAuthor: [String: [Int]]
    /// Published comments of each post (keyed by `Post.path`), oldest first.
    public var commentsByPost: [String: [Comment]]
    /// For each tag name as written, its tag's slug.
    public var tagSlugByKey: [String: String]
    /// Files copied as they are: output path (relative, `/` separators) → source path (relative to the site).
    public var assets: [String: String]

    public init(
        config: SiteConfig, authors: [Author], posts: [Post], pages: [Page], tags: [Tag],
        postsByAuthor: [String: [Int]], commentsByPost: [String: [Comment]], tagSlugByKey: [String: String],
        assets: [String: String]
    ) {
        self.config = config
        self.authors = authors
        self.posts = posts
        self.pages = pages
        self.tags = tags
        self.postsByAuthor = postsByAuthor
        self.commentsByPost = commentsByPost
        self.tagSlugByKey = tagSlugByKey
        self.assets = assets
        self.authorPositions = Dictionary(uniqueKeysWithValues: authors.enumerated().map { ($1.id, $0) })
    }

    private let authorPositions: [String: Int]

    public func author(_ id: String) -> Author? {
        authorPositions[id].map { authors[$0] }
    }
}
