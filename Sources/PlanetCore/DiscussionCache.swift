import Foundation

/// What `planet fetch` remembers of a member's discussions, `.planet/feeds/<member>/discussions.json`, committed
/// with the feed cache: the discussions found in the member's accounts for each post (the build links to them
/// too), and the replies each discussion had at the last successful read (so that a reply deleted since is
/// proposed for removal).
public struct DiscussionCache: Codable, Sendable, Hashable {
    public struct PostRecord: Codable, Sendable, Hashable {
        /// Discussions found in the member's accounts (not written in the post).
        public var found: [String] = []
        /// Discussion URL → the addresses of its replies, sorted.
        public var replies: [String: [String]] = [:]

        public init() {}
    }

    /// The file's name in the member's folder of the feed cache.
    public static let fileName = "discussions.json"

    /// Post slug → its record.
    public var posts: [String: PostRecord] = [:]

    public init() {}

    /// The cache in `data`; nil when it is not one.
    public static func decode(_ data: Data) -> DiscussionCache? {
        try? JSONDecoder().decode(DiscussionCache.self, from: data)
    }

    /// Sorted keys, so that the same knowledge gives the same bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
