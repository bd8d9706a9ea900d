import PlanetCore
import PlanetRender
import PlanetSearch

/// What the service knows of the site it serves: its address, language and comment settings, and each
/// published post's thread. Made from a build's `Site` (and the comment files it read), replaced after each pull.
public struct SiteKnowledge: Sendable {
    /// A post's thread, as the form offers it.
    public struct Thread: Sendable, Hashable {
        public var title: String
        public var commentsOpen: Bool
        /// Published comments, oldest first: the `reply_to` values the form offers.
        public var published: [PublishedComment]
        /// Every comment file's id of the post, whatever its status: a new id must not take one of them.
        public var takenIDs: Set<String>

        public init(title: String, commentsOpen: Bool, published: [PublishedComment] = [], takenIDs: Set<String> = []) {
            self.title = title
            self.commentsOpen = commentsOpen
            self.published = published
            self.takenIDs = takenIDs
        }
    }

    /// A published comment, as a `reply_to` choice.
    public struct PublishedComment: Sendable, Hashable {
        public var id: String
        public var authorName: String

        public init(id: String, authorName: String) {
            self.id = id
            self.authorName = authorName
        }
    }

    /// `base_url`, without a trailing slash.
    public var baseURL: String
    public var language: String
    public var settings: CommentSettings
    /// Threads by `<author-id>/<post-slug>`.
    public var threads: [String: Thread]
    /// The answer pages in the site's theme; nil for a knowledge made without a site (tests).
    public var pages: IntakePages?
    /// How the site sends mail (`mail:` in `planet.yaml`), or nil: the form then offers no e-mail field.
    public var mail: MailConfig?
    /// Whether the site sends mail.
    public var sendsMail: Bool { mail != nil }
    /// The posts (and with `search: {comments: true}` the published comments) as the search index holds them, when
    /// `planet.yaml` has `search:`; nil otherwise. Each document is made only when the index asks for it.
    public var searchDocuments: SearchCorpus?
    /// The files the site was read without, for their errors (paths in the site, sorted): what is known comes from
    /// the others.
    public var filesWithErrors: [String]

    public init(baseURL: String, language: String, settings: CommentSettings, threads: [String: Thread], filesWithErrors: [String] = []) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.language = language
        self.settings = settings
        self.threads = threads
        self.filesWithErrors = filesWithErrors
    }

    /// The threads of a built site's published posts and members' pages; `commentPaths` are the comment files' paths
    /// (`comments/<author>/<slug>/<id>.md`), every status included.
    public init(site: Site, commentPaths: [String], filesWithErrors: [String] = [], pages: IntakePages? = nil) {
        var taken: [String: Set<String>] = [:]
        for path in commentPaths {
            let parts = path.split(separator: "/")
            guard parts.count == 4, parts[0] == "comments", parts[3].hasSuffix(".md") else { continue }
            taken["\(parts[1])/\(parts[2])", default: []].insert(String(parts[3].dropLast(3)))
        }
        var threads: [String: Thread] = [:]
        for post in site.posts + site.memberPages {
            let key = "\(post.authorID)/\(post.slug)"
            let published = (site.commentsByPost[post.path] ?? []).filter(\.kind.isInThread)
                .map { PublishedComment(id: $0.id, authorName: $0.authorName) }
            threads[key] = Thread(title: post.title, commentsOpen: post.commentsOpen, published: published, takenIDs: taken[key] ?? [])
        }
        self.init(
            baseURL: site.config.baseURL, language: site.config.language, settings: site.config.comments, threads: threads,
            filesWithErrors: filesWithErrors)
        self.pages = pages
        self.mail = site.config.mail
        self.searchDocuments = site.config.search == nil ? nil : SearchDocument.corpus(of: site, comments: site.config.searchesComments)
    }

    /// `<base_url>/<author-id>/<post-slug>/`.
    public func postURL(_ post: String) -> String {
        "\(baseURL)/\(post)/"
    }

    /// Whether the interface speaks French (`fr`, `fr-CA`, ...).
    public var isFrench: Bool {
        Typography.isFrench(language)
    }
}
