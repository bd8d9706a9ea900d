import Foundation

/// The bounds of one `planet fetch` run.
public struct FetchLimits: Sendable, Hashable {
    /// Seconds for one request, from the first byte sent to the last received.
    public var timeout: TimeInterval
    /// The largest feed accepted, in bytes.
    public var maximumFeedBytes: Int
    /// The largest image copied, in bytes; a larger one becomes a link.
    public var maximumImageBytes: Int
    /// Images copied for one entry at most; the others become links.
    public var maximumImagesPerEntry: Int
    public var maximumRedirects: Int
    /// Entries kept in a feed's cache, newest first.
    public var maximumCachedEntries: Int
    public var userAgent: String

    public init(timeout: TimeInterval = 20, maximumFeedBytes: Int = 5 * 1024 * 1024, maximumImageBytes: Int = 2 * 1024 * 1024,
                maximumImagesPerEntry: Int = 20, maximumRedirects: Int = 5, maximumCachedEntries: Int = 500,
                userAgent: String = FetchLimits.defaultUserAgent) {
        self.timeout = timeout
        self.maximumFeedBytes = maximumFeedBytes
        self.maximumImageBytes = maximumImageBytes
        self.maximumImagesPerEntry = maximumImagesPerEntry
        self.maximumRedirects = maximumRedirects
        self.maximumCachedEntries = maximumCachedEntries
        self.userAgent = userAgent
    }

    public static let defaultUserAgent = "planet-fetch/0.1 (static site generator for community blogs; +https://github.com/planet-ssg/planet)"
}
