/// A feed as `FeedParser` reads it: plain values, every URL absolute.
public struct ParsedFeed: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable {
        case atom = "Atom"
        case rss2 = "RSS 2.0"
        case rss1 = "RSS 1.0"
        /// Microsoft's Channel Definition Format, which feedparser reads too.
        case cdf = "CDF"
    }

    public var format: Format
    public var title: String
    /// The blog's home page, or empty.
    public var siteURL: String
    /// In the feed's order.
    public var entries: [ParsedFeedEntry]
    /// The encoding the feed was read in, as `FeedEncoding` names it (`utf-8`, `windows-1252`, `koi8-r`...).
    public var encoding: String

    public init(format: Format, title: String, siteURL: String, entries: [ParsedFeedEntry], encoding: String = "utf-8") {
        self.format = format
        self.title = title
        self.siteURL = siteURL
        self.entries = entries
        self.encoding = encoding
    }
}
