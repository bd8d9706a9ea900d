import Foundation
import PlanetCore

/// Fingerprints of what each feed shows, so that a feed whose entries did not change since the
/// previous build is not written again.
struct FeedFingerprints: Sendable {
    /// Of the tool and the site's configuration: part of every feed's fingerprint.
    let base: UInt64
    /// Of each post's entry, by post index.
    let posts: [UInt64]
    /// Of each comment's entry, by post path, in the order of `site.commentsByPost`.
    let comments: [String: [UInt64]]

    init(site: Site, toolIdentity: UInt64) {
        var base = Fingerprint()
        base.combine(toolIdentity)
        base.combine(String(reflecting: site.config))
        self.base = base.value
        posts = site.posts.parallelMap { post in
            var fingerprint = Fingerprint()
            for text in [post.authorID, post.slug, post.title, post.summary, post.contentHTML, site.author(post.authorID)?.name ?? ""] {
                fingerprint.combine(text)
            }
            if let origin = post.origin {
                for text in [origin.blogName, origin.blogURL, origin.feedURL, origin.entryURL] { fingerprint.combine(text) }
            }
            fingerprint.combine(post.date.timeIntervalSince1970.bitPattern)
            fingerprint.combine(post.lastModified.timeIntervalSince1970.bitPattern)
            for name in post.tags {
                let tag = site.tag(named: name)
                fingerprint.combine(tag?.slug ?? "")
                fingerprint.combine(tag?.name ?? "")
            }
            return fingerprint.value
        }
        comments = site.commentsByPost.mapValues { comments in
            comments.map { comment in
                var fingerprint = Fingerprint()
                for text in [comment.id, comment.authorName, comment.website, comment.memberID ?? "", comment.contentHTML] {
                    fingerprint.combine(text)
                }
                fingerprint.combine(comment.date.timeIntervalSince1970.bitPattern)
                return fingerprint.value
            }
        }
    }

    /// A feed's fingerprint: its own values and its entries'.
    func feed(title: String, path: String, entries: some Sequence<UInt64>) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.combine(base)
        fingerprint.combine(title)
        fingerprint.combine(path)
        for entry in entries { fingerprint.combine(entry) }
        return fingerprint.value
    }
}
