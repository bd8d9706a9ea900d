import Foundation
import PlanetCore
import PlanetXML

extension SearchDocument {
    /// The documents of every post of `site` (outside entries included), in the site's order.
    public static func documents(of site: Site) -> [SearchDocument] {
        var zoned = Calendar(identifier: .gregorian)
        zoned.timeZone = site.config.timeZone
        let calendar = zoned
        return site.posts.parallelMap { post in
            let member = site.author(post.authorID)?.name ?? post.authorID
            var fingerprint = Fingerprint()
            for field in [post.path, post.title, post.summary, post.contentHTML, member, post.authorID, RFC3339.string(post.date)]
                + post.tags + ["#"] + post.hashtags {
                fingerprint.combine(field)
            }
            return SearchDocument(
                path: post.path, title: post.title, summary: post.summary, body: HTMLText.plain(post.contentHTML), tags: post.tags,
                hashtags: post.hashtags, member: member, memberID: post.authorID, tagKeys: post.tags.map(Slug.groupingKey),
                year: calendar.component(.year, from: post.date), date: Int(post.date.timeIntervalSince1970.rounded(.down)),
                fingerprint: String(fingerprint.value, radix: 16))
        }
    }
}
