import Foundation
import PlanetCore
import PlanetParse

/// Reads the discussions of a site's posts, one instance (or AppView) at a time per host and up to `jobs` hosts at
/// once, then writes their replies as pending comment files and the discussion cache. The repliers' avatars are
/// copied like outside feeds' images (`ImageStore`: metadata stripped, size limit, in the member's
/// `.planet/feeds/<member>/avatars/`); one that cannot be copied leaves its reply without an avatar. A failed
/// discussion changes nothing of its post's files.
public struct DiscussionRun: Sendable {
    public var client: HTTPClient
    /// Bluesky's public AppView.
    public var appView: String

    public init(client: HTTPClient, appView: String = DiscussionRun.defaultAppView) {
        self.client = client
        self.appView = appView
    }

    public static let defaultAppView = "https://public.api.bsky.app"

    /// One post and the discussions written in it; those found in the member's accounts come from the cache.
    public struct Target: Sendable {
        public var authorID: String
        public var slug: String
        public var discussions: [Discussion]

        public init(authorID: String, slug: String, discussions: [Discussion]) {
            self.authorID = authorID
            self.slug = slug
            self.discussions = discussions
        }
    }

    public func run(_ targets: [Target], site: URL, cache: FeedCacheFolder, jobs: Int) -> [DiscussionOutcome] {
        let work = targets.flatMap { target in
            let found = DiscussionCache.read(cache: cache, author: target.authorID).posts[target.slug]?.found ?? []
            let all = target.discussions + found.compactMap(Discussion.parse).filter { discovered in
                !target.discussions.contains { $0.network == discovered.network && $0.postID == discovered.postID && $0.origin == discovered.origin }
            }
            return all.map { (target, $0) }
        }
        let requester = APIRequester(client: client)
        let mastodon = MastodonReader(requester: requester)
        let bluesky = BlueskyReader(requester: requester, appView: appView)
        // One queue per host: an instance is never asked twice at once.
        var hosts: [String: [Int]] = [:]
        for (index, item) in work.enumerated() {
            hosts[item.1.network == .bluesky ? appView : item.1.origin, default: []].append(index)
        }
        let queues = hosts.keys.sorted().map { hosts[$0]! }
        let results = Slots<Result<FetchedThread, FetchFailure>>(count: work.count)
        let next = Slots<Int>(count: 0)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, queues.count)) {
            group.enter()
            Thread.detachNewThread {
                while let queue = next.claim(limit: queues.count) {
                    for index in queues[queue] {
                        let (target, discussion) = work[index]
                        let thread = discussion.network == .bluesky ? bluesky.thread(of: discussion) : mastodon.thread(of: discussion)
                        results.store(thread.map { withAvatars($0, folder: cache.avatarsFolder(author: target.authorID)) }, at: index)
                    }
                }
                group.leave()
            }
        }
        group.wait()
        var outcomes: [DiscussionOutcome] = []
        var caches: [String: DiscussionCache] = [:]
        for (index, (target, discussion)) in work.enumerated() {
            var outcome = DiscussionOutcome(postPath: "/\(target.authorID)/\(target.slug)/", discussion: discussion)
            switch results.value(at: index)! {
            case .failure(let failure):
                outcome.failure = failure
            case .success(let thread):
                outcome.replies = thread.replies.count
                outcome.withheldByChoice = thread.withheldByChoice
                outcome.notPublic = thread.notPublic
                outcome.avatarsNotStored = thread.replies.filter { !$0.avatarURL.isEmpty && $0.avatarFile == nil }.count
                outcome.refusedAvatars = thread.refusedAvatars
                var cached = caches[target.authorID] ?? DiscussionCache.read(cache: cache, author: target.authorID)
                let previous = cached.posts[target.slug]?.replies[discussion.url] ?? []
                var files = ReplyFiles(site: site, authorID: target.authorID, slug: target.slug)
                do {
                    try files.apply(thread.replies, previous: previous, counts: &outcome.counts)
                    cached.posts[target.slug, default: .init()].replies[discussion.url] = thread.replies.map(\.url).sorted()
                } catch {
                    outcome.failure = .cacheNotWritten(error.localizedDescription)
                }
                caches[target.authorID] = cached
            }
            outcomes.append(outcome)
        }
        for (author, cached) in caches {
            try? cached.write(cache: cache, author: author)
        }
        for author in Set(targets.map(\.authorID)) {
            ReplyFiles.removeUnusedAvatars(site: site, authorID: author, folder: cache.avatarsFolder(author: author))
        }
        return outcomes
    }
}

extension DiscussionRun {
    /// The thread with each reply's avatar copied into `folder` (within the fetch's timeout).
    func withAvatars(_ thread: FetchedThread, folder: URL) -> FetchedThread {
        let store = ImageStore(folder: folder, client: client, deadline: Date().addingTimeInterval(client.limits.timeout))
        var thread = thread
        for index in thread.replies.indices where URLRules.isWebURL(thread.replies[index].avatarURL) {
            if case .stored(let name) = store.copy(thread.replies[index].avatarURL) { thread.replies[index].avatarFile = name }
        }
        thread.refusedAvatars = store.refusals
        return thread
    }
}

/// Results stored by index from several threads, and a counter handing out work.
final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]
    private var next = 0

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        lock.withLock { values[index] = value }
    }

    func value(at index: Int) -> Value? {
        lock.withLock { values[index] }
    }

    func claim(limit: Int) -> Int? {
        lock.withLock {
            guard next < limit else { return nil }
            next += 1
            return next - 1
        }
    }
}
