import Foundation

/// One entry of a feed cache: the entry as its feed gave it (URLs made absolute, HTML not yet sanitized,
/// images replaced by local copies), with the time `planet fetch` first saw it.
public struct FeedCacheEntry: Sendable, Hashable, Codable {
    /// The entry's id in its feed (Atom `id`, RSS `guid`, else its link).
    public var id: String
    /// The original address.
    public var link: String
    public var title: String
    public var published: Date?
    public var updated: Date?
    /// The first time `planet fetch` saw the entry: its date in the river is never later.
    public var firstSeen: Date
    /// The last segment of the entry's address on the site, made from its title when first seen, so it never changes.
    public var slug: String
    /// The feed's categories (Atom `category`, RSS `category`, `dc:subject`).
    public var categories: [String]
    /// The entry's author as the feed names them, or empty.
    public var author: String
    /// The summary, as HTML.
    public var summaryHTML: String
    /// The full content as HTML (the summary when the feed gives no more). Images that `fetch` copied point to
    /// their files in `images`, by name.
    public var contentHTML: String
    /// Local copies of the entry's images, file names in the feed's `images/` folder.
    public var images: [String]

    public init(id: String, link: String, title: String, published: Date? = nil, updated: Date? = nil, firstSeen: Date,
                slug: String, categories: [String] = [], author: String = "", summaryHTML: String = "", contentHTML: String = "",
                images: [String] = []) {
        self.id = id
        self.link = link
        self.title = title
        self.published = published
        self.updated = updated
        self.firstSeen = firstSeen
        self.slug = slug
        self.categories = categories
        self.author = author
        self.summaryHTML = summaryHTML
        self.contentHTML = contentHTML
        self.images = images
    }

    enum CodingKeys: String, CodingKey {
        case id, link, title, published, updated, slug, categories, author, images
        case firstSeen = "first_seen"
        case summaryHTML = "summary_html"
        case contentHTML = "content_html"
    }

    /// The date the site gives the entry: its published date (else its updated date), never later than first seen.
    public var riverDate: Date {
        min(published ?? updated ?? firstSeen, firstSeen)
    }
}
