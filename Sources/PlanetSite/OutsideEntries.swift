import Foundation
import PlanetCore

/// Joins the entries of members' outside blogs to their native posts, each once. A duplicate is the same entry seen
/// twice: through two feeds (the same id, or the same link) it is kept from the feed that saw it first, and a native
/// post cross-posted (its link is the post's address, or it has the post's member, title and day) is left out. Two
/// entries of one feed with different ids are never duplicates, whatever their titles and links. An id that is not a
/// URI (an RSS `guid` such as `42`) is compared within the member's feeds only. An entry whose address on the site is
/// taken gets a hash of its link after its slug.
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
        /// Where each link was seen: the native posts (""), or an entry's feed.
        var links: [String: String] = Dictionary(posts.map { (normalizedLink(config.absoluteURL($0.path)), "") }) { first, _ in first }
        let nativeTitles: Set<String> = Set(posts.map(titleKey))
        var ids: Set<String> = []
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
            if !link.isEmpty, let seenIn = links[link], seenIn != entry.sourcePath { continue }
            if nativeTitles.contains(titleKey(entry)) { continue }
            let id = idKey(entry)
            if !id.isEmpty, ids.contains(id) { continue }
            if paths.contains(entry.path) || ReservedNames.postSlugs.contains(entry.slug) {
                let slug = entry.slug
                entry.slug = slug + "-" + StableHash.hex(link.isEmpty ? entry.title : entry.origin!.entryURL)
                if paths.contains(entry.path), !id.isEmpty { entry.slug = slug + "-" + StableHash.hex(entry.origin!.entryID) }
                guard !paths.contains(entry.path) else { continue }
            }
            if !link.isEmpty, links[link] == nil { links[link] = entry.sourcePath }
            if !id.isEmpty { ids.insert(id) }
            paths.insert(entry.path)
            joined.append(entry)
        }
        return joined
    }

    /// An entry's id as compared: a URI as it is, any other id within its member's feeds.
    static func idKey(_ entry: Post) -> String {
        let id = entry.origin?.entryID ?? ""
        guard !id.isEmpty else { return "" }
        return id.contains(":") ? id : "\(entry.authorID)\n\(id)"
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
