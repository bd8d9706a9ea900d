/// What the intake found for a reader's search, for `IntakePages.renderSearch`: the query as parsed, its filters,
/// the total, and this page's hits (site paths of posts and comments, with their snippets).
public struct SearchAnswer: Sendable, Hashable {
    /// A matching post: its site path, and its snippet as pieces of text, `marked` for matched words.
    public struct Hit: Sendable, Hashable {
        /// A post's path, or a comment's: its post's with `#comment-<id>`.
        public var path: String
        public var snippet: [(text: String, marked: Bool)]

        public init(path: String, snippet: [(text: String, marked: Bool)]) {
            self.path = path
            self.snippet = snippet
        }

        public static func == (lhs: Hit, rhs: Hit) -> Bool {
            lhs.path == rhs.path && lhs.snippet.map(\.text) == rhs.snippet.map(\.text) && lhs.snippet.map(\.marked) == rhs.snippet.map(\.marked)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(path)
            for part in snippet {
                hasher.combine(part.text)
                hasher.combine(part.marked)
            }
        }
    }

    /// The query as planet read it (terms, and phrases in quotes); empty: the page shows the form only.
    public var query: String
    /// The member id, tag and year the search is narrowed to; empty for any.
    public var member: String
    public var tag: String
    public var year: String
    public var total: Int
    /// More than `total` match (only the newest were ranked).
    public var more = false
    /// From 1.
    public var page: Int
    public var perPage: Int
    public var hits: [Hit]

    public init(query: String, member: String = "", tag: String = "", year: String = "", total: Int = 0, more: Bool = false, page: Int = 1,
                perPage: Int = 10, hits: [Hit] = []) {
        self.query = query
        self.more = more
        self.member = member
        self.tag = tag
        self.year = year
        self.total = total
        self.page = page
        self.perPage = perPage
        self.hits = hits
    }
}
