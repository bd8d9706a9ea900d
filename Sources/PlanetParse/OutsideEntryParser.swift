import Foundation
import PlanetCore
import PlanetLoad
import PlanetXML

/// Turns a member's cached outside feed into posts: HTML through the same sanitizer as members' posts,
/// categories as tags, hashtags of the text linked, the date never later than first seen, and the backlog of a
/// new feed kept out of the river.
public enum OutsideEntryParser {
    /// The posts of `file`, the cache of `subscription`. `images` are the copied images of the cache that are
    /// published, by path relative to the site: the others are left out, and these give their size to the
    /// `<img>` elements that show them.
    public static func parse(_ file: SourceFile, authorID: String, subscription: FeedSubscription, images: [String: PublishedFile],
                             config: SiteConfig) -> ([Post], [Diagnostic]) {
        let cache: FeedCache
        switch FeedCache.decode(file.bytes) {
        case .success(let decoded): cache = decoded
        case .failure(let error):
            return ([], [.error("unreadable feed cache: \(error.message); run `planet fetch` again", at: SourceLocation(path: file.path))])
        }
        let backlog = cache.entries.filter { $0.firstSeen == cache.firstFetched }
            .sorted { $0.riverDate != $1.riverDate ? $0.riverDate > $1.riverDate : codePointOrder($0.id, $1.id) }
        let inRiver = Set(backlog.prefix(config.newFeedEntries).map(\.id)).union(
            cache.entries.filter { $0.firstSeen != cache.firstFetched }.map(\.id))
        let wanted = Set(subscription.tags.map(Slug.groupingKey))
        let imageFolder = "\(SiteLayout.feedCacheFolder)/\(authorID)/images/"
        let blogName = subscription.name.isEmpty ? (cache.title.isEmpty ? hostName(cache.url) : cache.title) : subscription.name
        let posts = cache.entries.compactMap { entry -> Post? in
            let tags = PostParser.normalizedTags(entry.categories)
            if !wanted.isEmpty, !tags.contains(where: { wanted.contains(Slug.groupingKey($0)) }) { return nil }
            guard !entry.slug.isEmpty, Slug.make(entry.slug) == entry.slug else { return nil }
            let present = entry.images.filter { images[imageFolder + $0] != nil }
            let local = HTMLImages.rewrite(entry.contentHTML) { image in
                let lowered = image.source.lowercased()
                if lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("//") || lowered.hasPrefix("data:") { return .keep }
                return present.contains(image.source) ? .keep : .drop
            }
            let sizes = Dictionary(present.compactMap { name in
                images[imageFolder + name].flatMap { $0.width > 0 ? (name, (width: $0.width, height: $0.height)) : nil }
            }, uniquingKeysWith: { first, _ in first })
            let sanitized = HTMLImages.sized(HTMLSanitizer.sanitize(local, options: .init(
                addHeadingIDs: true, localHost: config.host, frenchSpacing: Typography.isFrench(config.language))), sizes: sizes)
            let (html, hashtags) = HTMLHashtags.link(sanitized)
            let summarySource = HTMLText.plain(entry.summaryHTML.isEmpty ? sanitized : entry.summaryHTML)
            let date = entry.riverDate
            let updated = entry.updated.flatMap { PostParser.isLaterDay($0, than: date, in: config.timeZone) ? $0 : nil }
            let origin = PostOrigin(
                blogName: blogName, blogURL: URLRules.isWebURL(cache.siteURL) ? cache.siteURL : "", feedURL: cache.url,
                entryURL: URLRules.isWebURL(entry.link) ? entry.link : "", entryID: entry.id, firstSeen: entry.firstSeen, inRiver: inRiver.contains(entry.id))
            return Post(
                authorID: authorID, slug: entry.slug, title: Typography.apostrophes(PostParser.collapsingWhitespace(entry.title)),
                date: date, updated: updated, tags: tags, summary: SummaryText.shortened(summarySource), contentHTML: html,
                hashtags: hashtags, commentsOpen: false, sourcePath: file.path,
                bundleFiles: present, origin: origin)
        }
        return (posts, [])
    }

    private static func hostName(_ url: String) -> String {
        URLComponents(string: url)?.host ?? url
    }
}
