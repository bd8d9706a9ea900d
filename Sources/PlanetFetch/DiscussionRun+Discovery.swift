import Foundation
import PlanetCore

extension DiscussionRun {
    /// A member whose accounts are searched for discussions of their posts.
    public struct Member: Sendable {
        public var authorID: String
        public var fediverse: FediverseAccount?
        public var bluesky: String?
        /// Slug → the post's absolute URL on the site.
        public var posts: [String: String]

        public init(authorID: String, fediverse: FediverseAccount?, bluesky: String?, posts: [String: String]) {
            self.authorID = authorID
            self.fediverse = fediverse
            self.bluesky = bluesky
            self.posts = posts
        }
    }

    /// What searching one account found.
    public struct DiscoveryOutcome: Sendable {
        public var authorID: String
        public var network: SocialNetwork
        public var found = 0
        public var failure: FetchFailure?
    }

    /// Searches the members' accounts and records what links to their posts in the discussion cache (a discussion
    /// found once stays recorded). Returns an outcome per account searched.
    public func discover(_ members: [Member], cache: FeedCacheFolder) -> [DiscoveryOutcome] {
        let discovery = DiscussionDiscovery(requester: APIRequester(client: client), appView: appView)
        var outcomes: [DiscoveryOutcome] = []
        for member in members where member.fediverse != nil || member.bluesky != nil {
            var postURLs: [String: String] = [:]
            for (slug, url) in member.posts { postURLs[DiscussionDiscovery.normalized(url)] = slug }
            var cached = DiscussionCache.read(cache: cache, author: member.authorID)
            var searches: [(SocialNetwork, Result<[String: [Discussion]], FetchFailure>)] = []
            if let account = member.fediverse { searches.append((.mastodon, discovery.mastodon(account, postURLs: postURLs))) }
            if let handle = member.bluesky { searches.append((.bluesky, discovery.bluesky(handle, postURLs: postURLs))) }
            for (network, result) in searches {
                var outcome = DiscoveryOutcome(authorID: member.authorID, network: network)
                switch result {
                case .failure(let failure):
                    outcome.failure = failure
                case .success(let found):
                    for (slug, discussions) in found.sorted(by: { $0.key < $1.key }) {
                        var record = cached.posts[slug] ?? .init()
                        for discussion in discussions where !record.found.contains(discussion.url) {
                            record.found.append(discussion.url)
                        }
                        record.found.sort()
                        cached.posts[slug] = record
                        outcome.found += discussions.count
                    }
                }
                outcomes.append(outcome)
            }
            try? cached.write(cache: cache, author: member.authorID)
        }
        return outcomes
    }
}
