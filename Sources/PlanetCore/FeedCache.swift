import Foundation

/// One feed's cache file, `.planet/feeds/<author>/<hash of the URL>.json`: written by `planet fetch`,
/// read offline by `planet build`. JSON with sorted keys, so that a committed cache diffs cleanly.
public struct FeedCache: Sendable, Hashable, Codable {
    public static let currentFormat = 1

    public var format: Int
    /// The feed's URL, as listed in `author.yaml`.
    public var url: String
    /// The feed's own title.
    public var title: String
    /// The blog's home page, or empty.
    public var siteURL: String
    /// Validators of the last good response, sent back for a conditional GET.
    public var etag: String?
    public var lastModified: String?
    /// When the feed was first fetched: the entries seen then are its backlog.
    public var firstFetched: Date
    /// Newest first (by first-seen time, then published date, then id).
    public var entries: [FeedCacheEntry]

    public init(url: String, title: String, siteURL: String, etag: String? = nil, lastModified: String? = nil,
                firstFetched: Date, entries: [FeedCacheEntry]) {
        self.format = Self.currentFormat
        self.url = url
        self.title = title
        self.siteURL = siteURL
        self.etag = etag
        self.lastModified = lastModified
        self.firstFetched = firstFetched
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case format, url, title, etag, entries
        case siteURL = "site_url"
        case lastModified = "last_modified"
        case firstFetched = "first_fetched"
    }

    /// The cache as committed: pretty JSON, sorted keys, dates in RFC 3339 (UTC, whole seconds).
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.string(date))
        }
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// Reads a cache file; nil with a reason when it is not one.
    public static func decode(_ data: Data) -> Result<FeedCache, FeedCacheError> {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            let cache = try decoder.decode(FeedCache.self, from: data)
            guard cache.format == currentFormat else { return .failure(FeedCacheError(message: "unknown cache format \(cache.format)")) }
            return .success(cache)
        } catch {
            return .failure(FeedCacheError(message: "not a feed cache file: \(error)"))
        }
    }
}
