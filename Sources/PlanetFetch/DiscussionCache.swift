import Foundation
import PlanetCore

/// What `planet fetch` remembers of a member's discussions, `.planet/feeds/<member>/discussions.json`, committed
/// with the feed cache: the discussions found in the member's accounts for each post, and the replies each
/// discussion had at the last successful read (so that a reply deleted since is proposed for removal).
public struct DiscussionCache: Codable, Sendable, Hashable {
    public struct PostRecord: Codable, Sendable, Hashable {
        /// Discussions found in the member's accounts (not written in the post).
        public var found: [String] = []
        /// Discussion URL → the addresses of its replies, sorted.
        public var replies: [String: [String]] = [:]
    }

    /// Post slug → its record.
    public var posts: [String: PostRecord] = [:]

    public init() {}

    static func file(cache: FeedCacheFolder, author: String) -> URL {
        cache.root.appendingPathComponent(author).appendingPathComponent("discussions.json")
    }

    public static func read(cache: FeedCacheFolder, author: String) -> DiscussionCache {
        guard let data = try? Data(contentsOf: file(cache: cache, author: author)),
              let value = try? JSONDecoder().decode(DiscussionCache.self, from: data) else { return DiscussionCache() }
        return value
    }

    /// Writes the cache when it changed (sorted keys, so that the same knowledge gives the same bytes).
    public func write(cache: FeedCacheFolder, author: String) throws {
        let url = Self.file(cache: cache, author: author)
        if Self.read(cache: cache, author: author) == self { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (encoder.encode(self) + Data("\n".utf8)).write(to: url, options: .atomic)
    }
}
