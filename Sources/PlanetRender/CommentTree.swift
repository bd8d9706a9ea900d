import Foundation
import PlanetCore

/// Nests a post's comments into threads by `reply_to`, oldest first at every level.
enum CommentTree {
    static func build(_ comments: [Comment], post: Post, context: ContextBuilder) -> [CommentNode] {
        var children: [String: [Comment]] = [:]
        var roots: [Comment] = []
        let ids = Set(comments.map(\.id))
        let isPage = context.site.memberPage(at: post.path) != nil
        for comment in comments {
            if let parent = comment.replyTo, ids.contains(parent) {
                children[parent, default: []].append(comment)
            } else {
                roots.append(comment)
            }
        }
        func node(_ comment: Comment, depth: Int) -> CommentNode {
            let reply = CommentFormValues.reply(to: comment, on: post, context: context)
            let date = context.dates.dateTime(comment.date)
            var node = CommentNode(
                id: comment.id, anchor: "comment-\(comment.id)", authorName: comment.authorName, website: comment.website,
                initials: ContextBuilder.initials(of: comment.authorName), dateISO: RFC3339.string(comment.date),
                dateDisplay: date, contentHTML: comment.contentHTML, isPostAuthor: !isPage && comment.memberID == post.authorID, depth: depth,
                replies: (children[comment.id] ?? []).map { node($0, depth: depth + 1) },
                member: comment.memberID.map(context.authorSummary), replyURL: reply.url, replyByPullRequest: reply.pullRequest,
                replyContext: context.strings.format("comment_reply_context", ["name": comment.authorName, "date": date]))
            node.isPageAuthor = isPage && comment.memberID == post.authorID
            if comment.kind == .reply, let network = comment.network {
                node.network = network.displayName
                node.source = comment.source
                node.warning = comment.warning.isEmpty ? nil : comment.warning
                node.avatarURL = comment.avatarFile.map { context.link("/\(comment.postAuthorID)/\(comment.postSlug)/\($0)") }
            }
            return node
        }
        return roots.map { node($0, depth: 1) }
    }
}
