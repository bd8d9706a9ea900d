import Foundation
import PlanetCore

/// The result of fetching one feed: a row of the final report, and the cache to write, if it changed.
public struct FeedOutcome: Sendable {
    public var authorID: String
    public var subscription: FeedSubscription
    public var status: FeedStatus
    /// The new cache to write; nil to keep the one on disk.
    public var cache: FeedCache?
    /// Entries in the cache after this fetch.
    public var entries: Int
    public var newEntries: Int
    public var seconds: Double
    /// The encoding the feed was read in (`utf-8`, `windows-1252`...), nil when it was not read.
    public var encoding: String?
    /// Why some of its entries' images were not asked for (hosts with private addresses), each reason once.
    public var refusedImages: [String] = []

    public init(authorID: String, subscription: FeedSubscription, status: FeedStatus, cache: FeedCache?, entries: Int,
                newEntries: Int, seconds: Double, encoding: String? = nil) {
        self.authorID = authorID
        self.subscription = subscription
        self.status = status
        self.cache = cache
        self.entries = entries
        self.newEntries = newEntries
        self.seconds = seconds
        self.encoding = encoding
    }

    public var failed: Bool {
        if case .failed = status { return true }
        return false
    }
}
