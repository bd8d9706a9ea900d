import Foundation
import PlanetCore
import PlanetXML

/// Fetches one feed: a conditional GET, the parse, the merge into its cache, and its entries' images, all within
/// the timeout: images still missing when it runs out become links. A failure leaves the cached copy as it was.
public struct FeedFetcher: Sendable {
    public var client: HTTPClient
    /// The fetch's time: what new entries are first seen at.
    public var now: Date

    public init(client: HTTPClient, now: Date) {
        self.client = client
        self.now = now
    }

    /// The outcome of fetching `subscription`; its time covers the request, the parse and the images.
    public func fetch(authorID: String, subscription: FeedSubscription, cached: FeedCache?, imagesFolder: URL) -> FeedOutcome {
        let started = Date()
        var outcome = FeedOutcome(authorID: authorID, subscription: subscription, status: .notModified, cache: nil,
                                  entries: cached?.entries.count ?? 0, newEntries: 0, seconds: 0)
        fetch(into: &outcome, cached: cached, imagesFolder: imagesFolder, deadline: started.addingTimeInterval(client.limits.timeout))
        outcome.seconds = Date().timeIntervalSince(started)
        return outcome
    }

    private func fetch(into outcome: inout FeedOutcome, cached: FeedCache?, imagesFolder: URL, deadline: Date) {
        let subscription = outcome.subscription
        var headers: [String: String] = ["Accept": "application/atom+xml, application/rss+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"]
        if let cached {
            if let etag = cached.etag { headers["If-None-Match"] = etag }
            if let lastModified = cached.lastModified { headers["If-Modified-Since"] = lastModified }
        }
        let response: FetchedResponse
        switch client.get(subscription.url, headers: headers, maximumBytes: client.limits.maximumFeedBytes) {
        case .failure(let failure):
            outcome.status = .failed(failure)
            return
        case .success(let received):
            response = received
        }
        if response.status == 304, cached != nil { return }
        guard response.status == 200 else {
            outcome.status = .failed(.httpStatus(response.status))
            return
        }
        let parsed: ParsedFeed
        let base = response.url.isEmpty ? subscription.url : response.url
        switch FeedParser.parse(response.body, url: base, contentType: response.header("Content-Type")) {
        case .failure(let error):
            outcome.status = .failed(.invalidFeed(error.message))
            return
        case .success(let feed):
            parsed = feed
        }
        outcome.encoding = parsed.encoding
        var (cache, newEntries) = FeedMerge.merge(
            cached: cached, parsed: parsed, url: subscription.url, etag: response.header("ETag"),
            lastModified: response.header("Last-Modified"), now: now, maximumEntries: client.limits.maximumCachedEntries)
        let current = Set(parsed.entries.map(FeedMerge.key))
        let store = ImageStore(folder: imagesFolder, client: client, deadline: deadline)
        for index in cache.entries.indices where current.contains(cache.entries[index].id) {
            let (html, files) = EntryImages.localize(cache.entries[index].contentHTML, limit: client.limits.maximumImagesPerEntry, copy: store.copy)
            cache.entries[index].contentHTML = html
            cache.entries[index].images = files
        }
        outcome.refusedImages = store.refusals
        outcome.status = .updated
        outcome.cache = cache
        outcome.entries = cache.entries.count
        outcome.newEntries = newEntries
    }
}
