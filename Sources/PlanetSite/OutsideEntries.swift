import Foundation
import PlanetCore

/// Joins the entries of members' outside blogs to their native posts, each once: an entry seen through two
/// feeds (same link, or same member, title and day) is kept from the feed that saw it first, and an entry
/// that is a native post cross-posted (its link is the post's address, or it has the post's title and day) is
/// left out. An entry whose address on the site is taken gets a hash of its link after its slug.
public enum OutsideEntries {
    public static func join(_ entries: [Post], to posts: [Post], config: SiteConfig, now: Date, includeDrafts: Bool) -> [Post] {
        guard !entries.isEmpty else { return posts }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = config.timeZone
        func day(_ date: Date) -> String {
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return "\(parts.year ?? 0)-\(parts.month ?? 0)-\(parts.day ?? 0)"
        }
        func titleKey(_ post: Post) -> String {
            "\(post.authorID)\n\(Slug.groupingKey(post.title))\n\(day(post.date))"
        }
        var links: Set<String> = Set(posts.map { normalizedLink(config.absoluteURL($0.path)) })
        var titles: Set<String> = Set(posts.map(titleKey))
        var paths: Set<String> = Set(posts.map(\.path))
        var joined = posts
        let ordered = entries.sorted {
            let (lhs, rhs) = ($0.origin!, $1.origin!)
            if lhs.firstSeen != rhs.firstSeen { return lhs.firstSeen < rhs.firstSeen }
            if $0.sourcePath != $1.sourcePath { return codePointOrder($0.sourcePath, $1.sourcePath) }
            return codePointOrder($0.slug, $1.slug)
        }
        for var entry in ordered where includeDrafts || entry.date <= now {
            let link = entry.origin!.entryURL.isEmpty ? "" : normalizedLink(entry.origin!.entryURL)
            if !link.isEmpty, links.contains(link) { continue }
            let key = titleKey(entry)
            if titles.contains(key) { continue }
            if paths.contains(entry.path) || ReservedNames.postSlugs.contains(entry.slug) {
                entry.slug += "-" + StableHash.hex(link.isEmpty ? entry.title : entry.origin!.entryURL)
                guard !paths.contains(entry.path) else { continue }
            }
            if !link.isEmpty { links.insert(link) }
            titles.insert(key)
            paths.insert(entry.path)
            joined.append(entry)
        }
        return joined
    }

    /// A link compared without its scheme, `www.`, case of the host, fragment, or trailing slash.
    static func normalizedLink(_ url: String) -> String {
        guard var components = URLComponents(string: url.trimmingCharacters(in: .whitespaces)) else { return url }
        components.fragment = nil
        components.scheme = nil
        var host = components.host?.lowercased() ?? ""
        if host.hasPrefix("www.") { host.removeFirst(4) }
        components.host = host
        var text = components.string ?? url
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
