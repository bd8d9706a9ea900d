import Foundation

/// The site's configuration, read from `planet.yaml`.
public struct SiteConfig: Sendable, Hashable, Encodable {
    public var title: String
    public var description: String
    /// Absolute http(s) URL, without a trailing slash.
    public var baseURL: String
    /// BCP 47 language tag, such as `fr` or `fr-CA`.
    public var language: String
    /// IANA time zone used to read dates written without an offset and to show dates.
    public var timeZone: TimeZone
    public var theme: String
    public var perPage: Int
    public var feedEntries: Int
    /// `git_dates: true`: a post without `updated` takes the date of its last commit.
    public var gitDates: Bool
    /// How many of a new outside feed's latest entries enter the river (`new_feed_entries`); the older ones
    /// appear on the member's page only.
    public var newFeedEntries: Int
    /// The forge's web address of the site's repository (`repository:`, such as https://github.com/owner/name), or nil.
    public var repository: String?
    /// `comments:`: how readers without git comment.
    public var comments: CommentSettings
    /// `search:`: the public URL of the `planet intake` that answers searches (its `/search`), or nil: then the
    /// pages' header links to the date archives only.
    public var search: String?
    /// `search: {comments: true}`: the search index also holds the published comments. No page depends on it, so it
    /// is left out of the encoding.
    public var searchesComments = false
    /// `mail:`: how planet sends mail, or nil when it sends none. No page depends on it, so it is left out of the
    /// encoding (the build cache's key).
    public var mail: MailConfig?
    /// `letter.list`: the mailing list that `planet letter --send` sends the weekly letter to, or nil (then the
    /// intake's subscribers get it). No page depends on it, so it is left out of the encoding.
    public var letterList: String?

    enum CodingKeys: String, CodingKey {
        case title, description, baseURL, language, timeZone, theme, perPage, feedEntries, gitDates, newFeedEntries, repository, comments, search
    }

    public init(
        title: String, description: String = "", baseURL: String, language: String = "en",
        timeZone: TimeZone = TimeZone(identifier: "UTC")!, theme: String = "default",
        perPage: Int = 20, feedEntries: Int = 30, gitDates: Bool = false, newFeedEntries: Int = 3,
        repository: String? = nil, comments: CommentSettings = CommentSettings(), mail: MailConfig? = nil,
        search: String? = nil
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.timeZone = timeZone
        self.theme = theme
        self.perPage = perPage
        self.feedEntries = feedEntries
        self.gitDates = gitDates
        self.newFeedEntries = newFeedEntries
        self.repository = repository
        self.comments = comments
        self.mail = mail
        self.search = search
    }

    /// The host of `baseURL` (`planete.example.org`), used for `tag:` URIs and to tell local URLs from outside ones.
    public var host: String {
        URLComponents(string: baseURL)?.host ?? ""
    }

    /// The path part of `baseURL` (`/planet` for `https://example.org/planet`), empty at a host's root.
    /// Links inside pages start with it.
    public var basePath: String {
        URLComponents(string: baseURL)?.path ?? ""
    }

    /// The link to a site path (`/alice/`), with the base path in front.
    public func link(_ path: String) -> String {
        basePath + path
    }

    /// The search page of `search:` (`https://intake.example.org/search`), or nil.
    public var searchURL: String? {
        search.map { $0 + "/search" }
    }

    /// The absolute URL of a root-relative path (`/alice/` → `https://example.org/alice/`).
    public func absoluteURL(_ path: String) -> String {
        baseURL + path
    }
}
