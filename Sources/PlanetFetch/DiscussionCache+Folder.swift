import Foundation
import PlanetCore

extension DiscussionCache {
    static func file(cache: FeedCacheFolder, author: String) -> URL {
        cache.root.appendingPathComponent(author).appendingPathComponent(fileName)
    }

    /// The member's cache; an empty one when there is none or it is unreadable.
    public static func read(cache: FeedCacheFolder, author: String) -> DiscussionCache {
        (try? Data(contentsOf: file(cache: cache, author: author))).flatMap(decode) ?? DiscussionCache()
    }

    /// Writes the cache when it changed.
    public func write(cache: FeedCacheFolder, author: String) throws {
        let url = Self.file(cache: cache, author: author)
        if Self.read(cache: cache, author: author) == self { return }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoded().write(to: url, options: .atomic)
    }
}
