import Foundation
import PlanetCore

/// Nests a post's comments into threads by `reply_to`, oldest first at every level.
enum CommentTree {
    static func build(_ comments: [Comment], post: Post, context: ContextBuilder) -> [[String: Any]] {
        var children: [String: [Comment]] = [:]
        var roots: [Comment] = []
        let ids = Set(comments.map(\.id))
        for comment in comments {
            if let parent = comment.replyTo, ids.contains(parent) {
                children[parent, default: []].append(comment)
            } else {
                roots.append(comment)
            }
        }
        func node(_ comment: Comment, depth: Int) -> [String: Any] {
            var values: [String: Any] = [
                "id": comment.id,
                "anchor": "comment-\(comment.id)",
                "author_name": comment.authorName,
                "website": comment.website,
                "initials": ContextBuilder.initials(of: comment.authorName),
                "date_iso": RFC3339.string(comment.date),
                "date_display": context.dates.dateTime(comment.date),
                "content_html": comment.contentHTML,
                "is_post_author": comment.memberID == post.authorID,
                "depth": depth,
                "replies": (children[comment.id] ?? []).map { node($0, depth: depth + 1) },
            ]
            if let member = comment.memberID { values["member"] = context.authorSummary(member) }
            return values
        }
        return roots.map { node($0, depth: 1) }
    }

    /// The fingerprint of what `build` makes of `comments`, taken from the comments themselves and
    /// everything else `build` reads, so that the tree is made only for the pages that are rendered.
    static func fingerprint(_ comments: [Comment], post: Post, context: ContextBuilder) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.combine(context.datesFingerprint)
        fingerprint.combine(post.authorID)
        fingerprint.combine(comments.count)
        for comment in comments {
            fingerprint.combine(comment.id)
            fingerprint.combine(comment.replyTo != nil)
            fingerprint.combine(comment.replyTo ?? "")
            fingerprint.combine(comment.authorName)
            fingerprint.combine(comment.website)
            fingerprint.combine(comment.date.timeIntervalSinceReferenceDate.bitPattern)
            fingerprint.combine(comment.contentHTML)
            fingerprint.combine(comment.memberID != nil)
            if let member = comment.memberID {
                fingerprint.combine(member)
                fingerprint.combine(context.authorFingerprints[member] ?? 0)
            }
        }
        return fingerprint.value
    }
}
