import Foundation
import PlanetCore
import PlanetXML

/// Merges a freshly parsed feed into its cache: a pure function of both and of the fetch's time.
/// An entry keeps the first-seen time and the slug it got when first seen, whatever edits follow; a new entry is
/// first seen `now`; entries gone from the feed stay (feeds list only their latest), up to a bound.
public enum FeedMerge {
    public static func merge(cached: FeedCache?, parsed: ParsedFeed, url: String, etag: String?, lastModified: String?,
                             now: Date, maximumEntries: Int) -> (cache: FeedCache, newEntries: Int) {
        let moment = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        var known: [String: FeedCacheEntry] = [:]
        for entry in cached?.entries ?? [] { known[entry.id] = entry }
        var usedSlugs = Set((cached?.entries ?? []).map(\.slug))
        var seen: Set<String> = []
        var merged: [FeedCacheEntry] = []
        var newEntries = 0
        for item in parsed.entries {
            let key = key(of: item)
            guard seen.insert(key).inserted else { continue }
            let content = item.contentHTML.isEmpty ? item.summaryHTML : item.contentHTML
            let title = item.title.isEmpty ? fallbackTitle(content: content, link: item.link) : item.title
            var entry = FeedCacheEntry(
                id: key, link: item.link, title: title, published: item.published, updated: item.updated, firstSeen: moment,
                slug: "", categories: item.categories, author: item.author, summaryHTML: item.summaryHTML, contentHTML: content)
            if let previous = known[key] {
                entry.firstSeen = previous.firstSeen
                entry.slug = previous.slug
                entry.images = previous.images
            } else {
                entry.slug = uniqueSlug(title: title, key: key, used: &usedSlugs)
                newEntries += 1
            }
            merged.append(entry)
        }
        for entry in cached?.entries ?? [] where !seen.contains(entry.id) { merged.append(entry) }
        merged.sort(by: newestFirst)
        let cache = FeedCache(
            url: url, title: parsed.title, siteURL: parsed.siteURL, etag: etag, lastModified: lastModified,
            firstFetched: cached?.firstFetched ?? moment, entries: Array(merged.prefix(maximumEntries)))
        return (cache, newEntries)
    }

    /// Newest first by the date the site gives them, then by id: a total order.
    public static func newestFirst(_ lhs: FeedCacheEntry, _ rhs: FeedCacheEntry) -> Bool {
        lhs.riverDate != rhs.riverDate ? lhs.riverDate > rhs.riverDate : codePointOrder(lhs.id, rhs.id)
    }

    /// The entry's id, else its link, else a hash of its title and content.
    static func key(of entry: ParsedFeedEntry) -> String {
        if !entry.id.isEmpty { return entry.id }
        if !entry.link.isEmpty { return entry.link }
        return "urn:planet:" + StableHash.hex(entry.title + "\n" + entry.contentHTML)
    }

    /// An untitled entry (common in RSS) is named by the start of its text.
    static func fallbackTitle(content: String, link: String) -> String {
        let text = HTMLText.plain(content)
        guard !text.isEmpty else { return link.isEmpty ? "…" : link }
        guard text.count > 80 else { return text }
        let cut = text.prefix(80)
        return String(cut[..<(cut.lastIndex(where: \.isWhitespace) ?? cut.endIndex)]) + "…"
    }

    static func uniqueSlug(title: String, key: String, used: inout Set<String>) -> String {
        var slug = Slug.make(title)
        if slug.isEmpty || slug == "page" { slug = "entry-\(StableHash.hex(key))" }
        if used.contains(slug) { slug += "-\(StableHash.hex(key))" }
        used.insert(slug)
        return slug
    }
}
