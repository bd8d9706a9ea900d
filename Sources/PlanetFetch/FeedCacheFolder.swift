import Foundation
import PlanetCore

/// The feed cache of a site, `.planet/feeds/`: one folder per member, with a JSON file per feed and the
/// member's copied images in `images/` and the avatars of the replies to their posts in `avatars/`. The only
/// place `planet fetch` writes, besides the pending replies' comment files.
public struct FeedCacheFolder: Sendable {
    /// Relative to the site folder.
    public static let path = ".planet/feeds"
    public let root: URL

    public init(site: URL) {
        root = site.appendingPathComponent(Self.path)
    }

    public func feedFile(author: String, subscription: FeedSubscription) -> URL {
        root.appendingPathComponent(author).appendingPathComponent(subscription.cacheName)
    }

    public func imagesFolder(author: String) -> URL {
        root.appendingPathComponent(author).appendingPathComponent("images")
    }

    /// The avatars of the people who replied to the member's posts on Mastodon or Bluesky.
    public func avatarsFolder(author: String) -> URL {
        root.appendingPathComponent(author).appendingPathComponent("avatars")
    }

    /// The cached copy of a feed, nil when there is none or it is unreadable (it is then fetched anew).
    public func read(author: String, subscription: FeedSubscription) -> FeedCache? {
        guard let data = try? Data(contentsOf: feedFile(author: author, subscription: subscription)) else { return nil }
        return try? FeedCache.decode(data).get()
    }

    /// Writes a feed's cache atomically.
    public func write(_ cache: FeedCache, author: String, subscription: FeedSubscription) throws {
        let file = feedFile(author: author, subscription: subscription)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try cache.encoded().write(to: file, options: .atomic)
    }

    /// Removes the member's images that no cached entry uses any more.
    public func removeUnusedImages(author: String, keeping used: Set<String>) {
        let folder = imagesFolder(author: author)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where !used.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
