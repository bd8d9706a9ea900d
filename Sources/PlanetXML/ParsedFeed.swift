/// A feed as `FeedParser` reads it: plain values, every URL absolute.
public struct ParsedFeed: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable {
        case atom = "Atom"
        case rss2 = "RSS 2.0"
        case rss1 = "RSS 1.0"
    }

    public var format: Format
    public var title: String
    /// The blog's home page, or empty.
    public var siteURL: String
    /// In the feed's order.
    public var entries: [ParsedFeedEntry]

    public init(format: Format, title: String, siteURL: String, entries: [ParsedFeedEntry]) {
        self.format = format
        self.title = title
        self.siteURL = siteURL
        self.entries = entries
    }
}
