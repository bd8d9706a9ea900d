/// What a write changed in the published site, and what the site holds.
public struct WriteReport: Sendable, Equatable {
    /// Files whose bytes are new or different.
    public var written: Int
    /// Files of the previous site that are gone.
    public var removed: Int
    /// HTML files in the site.
    public var pages: Int
    /// Atom feeds in the site (`atom.xml` and `comments.xml` files).
    public var feeds: Int

    public init(written: Int, removed: Int, pages: Int = 0, feeds: Int = 0) {
        self.written = written
        self.removed = removed
        self.pages = pages
        self.feeds = feeds
    }
}
