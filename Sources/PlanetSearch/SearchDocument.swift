import PlanetXML

/// A post, outside entry or comment as the index holds it: its address, what is searched, and what filters read.
/// Private-use characters are taken out of its texts (the index marks its own with them).
public struct SearchDocument: Sendable, Hashable {
    /// The page's site path (`/alice/bonjour/`), with a comment's anchor (`/alice/bonjour/#comment-x`): its key.
    public var path: String
    /// Empty for a comment.
    public var title: String
    public var summary: String
    /// The text, without its markup; when empty, `html` is made plain as the document is indexed.
    public var body: String
    /// The text as sanitized HTML, read only when `body` is empty.
    public var html: String
    /// Its tags, as written, one a line.
    public var tags: String
    /// Its hashtags, each with its `#`.
    public var hashtags: String
    /// The name of who wrote it.
    public var member: String
    /// The member's id (empty for a comment by someone who is not a member), for the `member` filter.
    public var memberID: String
    /// The grouping keys of its tags (a comment's are its post's), for the `tag` filter.
    public var tagKeys: [String]
    /// The year of its date, in the site's time zone, for the `year` filter.
    public var year: Int
    /// Its date, in seconds since 1970: results of the same rank, and the newest matches, come first.
    public var date: Int
    /// The language it is written in (BCP 47): its words are stemmed in it.
    public var language: String
    /// Of every field above (for a site's document, made from its post's or comment's `htmlFingerprint` and the
    /// few other fields, see `SearchCorpus`): a document whose fingerprint is unchanged is not indexed again.
    public var fingerprint: UInt64

    public init(path: String, title: String, summary: String, body: String, html: String = "", tags: [String], hashtags: [String],
                member: String, memberID: String, tagKeys: [String], year: Int, date: Int, language: String = "", fingerprint: UInt64) {
        self.path = path
        self.title = Self.withoutPrivateUse(title)
        self.summary = Self.withoutPrivateUse(summary)
        self.body = Self.withoutPrivateUse(body)
        self.html = html
        self.tags = Self.withoutPrivateUse(tags.joined(separator: "\n"))
        self.hashtags = Self.withoutPrivateUse(hashtags.map { "#" + $0 }.joined(separator: " "))
        self.member = Self.withoutPrivateUse(member)
        self.memberID = memberID
        self.tagKeys = tagKeys
        self.year = year
        self.date = date
        self.language = language
        self.fingerprint = fingerprint
    }

    /// `text` without the characters of Unicode's private use areas.
    static func withoutPrivateUse(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .privateUse }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .privateUse }))
    }

    /// The text indexed: `body`, or `html` made plain.
    var text: String {
        body.isEmpty && !html.isEmpty ? Self.withoutPrivateUse(HTMLText.plain(html)) : body
    }

    /// The facets text the filters match: the member, the tags, the year, one a line after the mark.
    var facets: String {
        ([String(SearchTokenizer.facetMark)] + Self.facetTerms(memberID: memberID, tagKeys: tagKeys, year: year)).joined(separator: "\n")
    }

    /// The facet terms (without the mark) of a member id, tag keys and a year; empty values are none.
    static func facetTerms(memberID: String, tagKeys: [String], year: Int) -> [String] {
        (memberID.isEmpty ? [] : ["m:" + oneLine(memberID)]) + tagKeys.filter { !$0.isEmpty }.map { "t:" + oneLine($0) }
            + (year == 0 ? [] : ["y:\(year)"])
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
