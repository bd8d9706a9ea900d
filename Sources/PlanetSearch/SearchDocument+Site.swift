import Foundation
import PlanetCore

extension SearchDocument {
    /// The documents of every post of `site` (outside entries included), in the site's order, each followed, with
    /// `comments`, by its post's published comments and replies (never a pending one, nor one behind a content
    /// warning, nor a mention; a comment file holds no e-mail address). A post is in its `lang:`, else the site's
    /// language; its comments in the post's. Texts stay HTML until indexed (`html`): made plain only when they changed.
    public static func documents(of site: Site, comments: Bool = false) -> [SearchDocument] {
        var zoned = Calendar(identifier: .gregorian)
        zoned.timeZone = site.config.timeZone
        let calendar = zoned
        return site.posts.parallelMap { post -> [SearchDocument] in
            let member = site.author(post.authorID)?.name ?? post.authorID
            let language = post.language ?? site.config.language
            let tagKeys = post.tags.map(Slug.groupingKey)
            var fingerprint = Fingerprint()
            for field in [post.path, post.title, post.summary, post.contentHTML, member, post.authorID, RFC3339.string(post.date), language]
                + post.tags + ["#"] + post.hashtags {
                fingerprint.combine(field)
            }
            var documents = [SearchDocument(
                path: post.path, title: post.title, summary: post.summary, body: "", html: post.contentHTML, tags: post.tags,
                hashtags: post.hashtags, member: member, memberID: post.authorID, tagKeys: tagKeys,
                year: calendar.component(.year, from: post.date), date: Int(post.date.timeIntervalSince1970.rounded(.down)),
                language: language, fingerprint: String(fingerprint.value, radix: 16))]
            guard comments else { return documents }
            for comment in site.commentsByPost[post.path] ?? []
            where comment.status == .published && comment.kind.isInThread && comment.warning.isEmpty {
                var fingerprint = Fingerprint()
                for field in [comment.id, comment.authorName, comment.memberID ?? "", comment.contentHTML, RFC3339.string(comment.date), language]
                    + tagKeys + ["#"] + comment.hashtags {
                    fingerprint.combine(field)
                }
                documents.append(SearchDocument(
                    path: post.path + "#comment-" + comment.id, title: "", summary: "", body: "", html: comment.contentHTML, tags: [],
                    hashtags: comment.hashtags, member: comment.authorName, memberID: comment.memberID ?? "", tagKeys: tagKeys,
                    year: calendar.component(.year, from: comment.date), date: Int(comment.date.timeIntervalSince1970.rounded(.down)),
                    language: language, fingerprint: String(fingerprint.value, radix: 16)))
            }
            return documents
        }.flatMap { $0 }
    }
}
