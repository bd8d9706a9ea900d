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
}
