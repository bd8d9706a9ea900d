/// The whole site after aggregation: what the renderers turn into files.
/// Every collection is in a deterministic order, never in hashing or file-system order.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Sorted by id.
    public var authors: [Author]
    /// Published posts, newest first (ties: author id, then slug).
    public var posts: [Post]
    /// Indices into `posts` of the river (the home page and `/atom.xml`): every post but the backlog of
    /// newly added outside feeds.
    public let river: [Int]
    /// Every post by year and month, in the site's time zone: the date archives.
    public let archive: DateArchive
    /// Sorted by weight, then title.
    public var pages: [Page]
    /// Sorted by slug.
    public var tags: [Tag]
    /// Hashtags of posts and comments, sorted by slug.
    public var hashtags: [Tag]
    /// Published comments that use each hashtag (by hashtag key), newest first.
    public var commentsByHashtag: [String: [Comment]]
    /// Indices into `posts`, newest first, for each author id.
    public var postsByAuthor: [String: [Int]]
    /// Published comments of each post (keyed by `Post.path`), oldest first.
    public var commentsByPost: [String: [Comment]]
    /// Published mentions of each post (`kind: mention`, keyed by `Post.path`), oldest first; apart from the
    /// threads, the comment counts and the comment feeds.
    public var mentionsByPost: [String: [Comment]]
    /// For each post that other members' posts link to (keyed by `Post.path`), the indices into `posts` of
    /// those posts, newest first: "Réponses de la communauté".
    public var responsesByPost: [String: [Int]]
    /// Files that are not rendered: output path (relative, `/` separators) → a copy of a site file (static
    /// files, passive member files) or bytes (member images without metadata, sanitized SVGs).
    public var assets: [String: OutputFile.Content]
    /// Redirect pages from the old addresses of posts and pages, sorted by output path.
    public var redirects: [Redirect]
    /// The weekly letters recorded under `letters/`, newest first; weeks with nothing published make none.
    public var letters: [WeeklyLetter] = []
    /// Members' own pages (`/<member>/<slug>/`), published with their comments but in no list of posts or feed:
    /// by member id, then title, then slug.
    public var memberPages: [Post] = [] {
        didSet { memberPagePositions = Dictionary(uniqueKeysWithValues: memberPages.enumerated().map { ($1.path, $0) }) }
    }
    private var memberPagePositions: [String: Int] = [:]

    /// The member's page at a path (`/alice/a-propos/`).
    public func memberPage(at path: String) -> Post? {
        memberPagePositions[path].map { memberPages[$0] }
    }

    /// The published post or member's page at a path: what a comment thread belongs to.
    public func commentable(at path: String) -> Post? {
        post(at: path) ?? memberPage(at: path)
    }

    public init(
        config: SiteConfig, authors: [Author], posts: [Post], pages: [Page], tags: [Tag], hashtags: [Tag] = [],
        commentsByHashtag: [String: [Comment]] = [:], postsByAuthor: [String: [Int]], commentsByPost: [String: [Comment]],
        mentionsByPost: [String: [Comment]] = [:], responsesByPost: [String: [Int]] = [:], assets: [String: OutputFile.Content],
        redirects: [Redirect] = []
    ) {
        self.config = config
        self.authors = authors
        self.posts = posts
        self.pages = pages
        self.tags = tags
        self.hashtags = hashtags
        self.commentsByHashtag = commentsByHashtag
        self.postsByAuthor = postsByAuthor
        self.commentsByPost = commentsByPost
        self.mentionsByPost = mentionsByPost
        self.responsesByPost = responsesByPost
        self.assets = assets
        self.redirects = redirects
        self.river = posts.indices.filter { posts[$0].origin?.inRiver ?? true }
        self.archive = DateArchive(posts: posts, timeZone: config.timeZone)
        self.authorPositions = Dictionary(uniqueKeysWithValues: authors.enumerated().map { ($1.id, $0) })
        self.tagPositions = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1.key, $0) })
        self.hashtagPositions = Dictionary(uniqueKeysWithValues: hashtags.enumerated().map { ($1.key, $0) })
        self.postPositions = Dictionary(uniqueKeysWithValues: posts.enumerated().map { ($1.path, $0) })
    }

    private let authorPositions: [String: Int]
    private let tagPositions: [String: Int]
    private let hashtagPositions: [String: Int]
    private let postPositions: [String: Int]

    /// The published post at a path (`/alice/mon-billet/`).
    public func post(at path: String) -> Post? {
        postPositions[path].map { posts[$0] }
    }

    /// The site's hashtag for a hashtag as written (`Santé` → the hashtag of santé, Santé, SANTÉ...).
    public func hashtag(named name: String) -> Tag? {
        hashtagPositions[Slug.groupingKey(name)].map { hashtags[$0] }
    }

    /// The site's tag for a tag as written on a post (`#médecine generale` → Médecine générale).
    public func tag(named name: String) -> Tag? {
        tagPositions[Slug.groupingKey(name)].map { tags[$0] }
    }

    public func author(_ id: String) -> Author? {
        authorPositions[id].map { authors[$0] }
    }
}
