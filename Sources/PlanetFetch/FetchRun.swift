import Foundation
import PlanetCore

/// Fetches a site's feeds, up to `jobs` at once, then writes what changed into the feed cache.
/// The outcomes come back in the order of `feeds` (members by id, feeds as listed).
public enum FetchRun {
    public static func run(feeds: [(authorID: String, subscription: FeedSubscription)], cache: FeedCacheFolder,
                           fetcher: FeedFetcher, jobs: Int) -> [FeedOutcome] {
        let results = ResultSlots(count: feeds.count)
        let group = DispatchGroup()
        let workers = max(1, min(jobs, feeds.count))
        for _ in 0..<workers {
            group.enter()
            Thread.detachNewThread {
                while let index = results.claim() {
                    let (authorID, subscription) = feeds[index]
                    let outcome = fetcher.fetch(
                        authorID: authorID, subscription: subscription, cached: cache.read(author: authorID, subscription: subscription),
                        imagesFolder: cache.imagesFolder(author: authorID))
                    results.store(outcome, at: index)
                }
                group.leave()
            }
        }
        group.wait()
        var outcomes = results.values
        for index in outcomes.indices {
            guard let updated = outcomes[index].cache else { continue }
            do {
                try cache.write(updated, author: outcomes[index].authorID, subscription: outcomes[index].subscription)
            } catch {
                outcomes[index].status = .failed(.cacheNotWritten(error.localizedDescription))
            }
        }
        for authorID in Set(feeds.map(\.authorID)) {
            let subscriptions = feeds.filter { $0.authorID == authorID }.map(\.subscription)
            let used = subscriptions.flatMap { cache.read(author: authorID, subscription: $0)?.entries.flatMap(\.images) ?? [] }
            cache.removeUnusedImages(author: authorID, keeping: Set(used))
        }
        return outcomes
    }
}

/// Work handed out to threads by index, and their results, each slot written once.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [FeedOutcome?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func claim() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }
    }

    func store(_ outcome: FeedOutcome, at index: Int) {
        lock.withLock { slots[index] = outcome }
    }

    var values: [FeedOutcome] {
        lock.withLock { slots.map { $0! } }
    }
}
