import PlanetCore
import PlanetLoad

extension SiteParser {
    /// The posts with the discussions that `planet fetch` found in their members' accounts
    /// (`.planet/feeds/<member>/discussions.json`) after those written in them.
    static func addingFoundDiscussions(_ posts: [Post], input: SiteInput) -> [Post] {
        var caches: [String: DiscussionCache] = [:]
        for file in input.feedCaches where file.path.hasSuffix("/" + DiscussionCache.fileName) {
            let parts = file.path.split(separator: "/")
            guard parts.count == 4, let cache = DiscussionCache.decode(file.bytes) else { continue }
            caches[String(parts[2])] = cache
        }
        guard !caches.isEmpty else { return posts }
        return posts.map { post in
            guard let found = caches[post.authorID]?.posts[post.slug]?.found, !found.isEmpty else { return post }
            var post = post
            for discussion in found.compactMap(Discussion.parse)
            where !post.discussions.contains(where: { $0.network == discussion.network && $0.origin == discussion.origin && $0.postID == discussion.postID }) {
                post.discussions.append(discussion)
            }
            return post
        }
    }
}
