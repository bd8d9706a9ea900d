import Foundation

/// One entry of a parsed feed. HTML is as the feed gave it (not sanitized), with relative URLs resolved
/// against `xml:base` and the feed's URL.
public struct ParsedFeedEntry: Sendable, Hashable {
    /// Atom `id`, RSS `guid` or `rdf:about`, else the link; empty when the feed gives none of them.
    public var id: String
    public var link: String
    /// Plain text.
    public var title: String
    public var published: Date?
    public var updated: Date?
    public var categories: [String]
    public var author: String
    public var summaryHTML: String
    public var contentHTML: String

    public init(id: String = "", link: String = "", title: String = "", published: Date? = nil, updated: Date? = nil,
                categories: [String] = [], author: String = "", summaryHTML: String = "", contentHTML: String = "") {
        self.id = id
        self.link = link
        self.title = title
        self.published = published
        self.updated = updated
        self.categories = categories
        self.author = author
        self.summaryHTML = summaryHTML
        self.contentHTML = contentHTML
    }
}
