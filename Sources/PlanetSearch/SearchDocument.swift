/// One post (or outside entry) as the index holds it: its address, what is searched, and what filters read.
public struct SearchDocument: Sendable, Hashable {
    /// The post's site path (`/alice/bonjour/`): its key in the index.
    public var path: String
    public var title: String
    public var summary: String
    /// The post's text, without its markup.
    public var body: String
    /// Its tags, as written, one a line.
    public var tags: String
    /// Its hashtags, each with its `#`.
    public var hashtags: String
    /// The member's name.
    public var member: String
    /// The member's id, for the `member` filter.
    public var memberID: String
    /// The grouping keys of its tags, for the `tag` filter.
    public var tagKeys: [String]
    /// The year of its date, in the site's time zone, for the `year` filter.
    public var year: Int
    /// Its date, in seconds since 1970, to order results of the same rank.
    public var date: Int
    /// Of every field above: a document whose fingerprint is unchanged is not indexed again.
    public var fingerprint: String

    public init(path: String, title: String, summary: String, body: String, tags: [String], hashtags: [String], member: String,
                memberID: String, tagKeys: [String], year: Int, date: Int, fingerprint: String) {
        self.path = path
        self.title = title
        self.summary = summary
        self.body = body
        self.tags = tags.joined(separator: "\n")
        self.hashtags = hashtags.map { "#" + $0 }.joined(separator: " ")
        self.member = member
        self.memberID = memberID
        self.tagKeys = tagKeys
        self.year = year
        self.date = date
        self.fingerprint = fingerprint
    }
}
