import PlanetCore

/// Checks comments against the posts and each other, and keeps the published ones of each post.
public enum CommentThreads {
    /// Returns the published comments of each published post (keyed by post path), oldest first.
    /// A reply whose parent is not published is moved to the top level, with a warning.
    public static func attach(
        _ comments: [Comment], toPosts published: Set<String>, knownPosts: Set<String>, closedPosts: Set<String> = [],
        members: Set<String>, diagnostics: inout [Diagnostic]
    ) -> [String: [Comment]] {
        var byPost: [String: [Comment]] = [:]
        for var comment in comments {
            let path = "/\(comment.postAuthorID)/\(comment.postSlug)/"
            guard knownPosts.contains(path) else {
                diagnostics.append(.error(
                    "comment on a post that does not exist: no post `\(comment.postSlug)` by member `\(comment.postAuthorID)`"
                        + missingPostSuggestion(comment, knownPosts: knownPosts),
                    at: SourceLocation(path: comment.sourcePath), code: .commentOnMissingPost))
                continue
            }
            guard !closedPosts.contains(path) else {
                diagnostics.append(.error(
                    "comments are closed on this post (`comments: false`); this comment is not shown",
                    at: SourceLocation(path: comment.sourcePath)))
                continue
            }
            if let member = comment.memberID, !members.contains(member) {
                diagnostics.append(.warning(
                    "`member: \(member)` names no member; the comment is shown as a visitor's", at: SourceLocation(path: comment.sourcePath)))
                comment.memberID = nil
            }
            if published.contains(path) { byPost[path, default: []].append(comment) }
        }
        var result: [String: [Comment]] = [:]
        for (path, postComments) in byPost {
            let shown = checkedReplies(postComments, diagnostics: &diagnostics)
            if !shown.isEmpty { result[path] = shown }
        }
        return result
    }

    /// `; did you mean `mon-premier-billet`? ...` for a comment whose folder misspells a post's slug (or its member's
    /// id), with the folder to move it to; empty when no post is close.
    static func missingPostSuggestion(_ comment: Comment, knownPosts: Set<String>) -> String {
        let pairs = knownPosts.map { $0.split(separator: "/").map(String.init) }.filter { $0.count == 2 }
        let members = Set(pairs.map { $0[0] })
        var author = comment.postAuthorID
        if !members.contains(author) {
            guard let closest = DidYouMean.closest(to: author, among: members) else { return "" }
            author = closest
        }
        let slugs = pairs.filter { $0[0] == author }.map { $0[1] }
        let slug = slugs.contains(comment.postSlug) ? comment.postSlug : DidYouMean.closest(to: comment.postSlug, among: slugs)
        guard let slug else { return "" }
        let said = author == comment.postAuthorID ? "`\(slug)`" : "`\(author)/\(slug)`"
        return "; did you mean \(said)? Then its folder is comments/\(author)/\(slug)/"
    }

    /// Drops replies to missing comments and reply cycles (errors), then keeps the published comments.
    static func checkedReplies(_ comments: [Comment], diagnostics: inout [Diagnostic]) -> [Comment] {
        let byID = Dictionary(comments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var broken: Set<String> = []
        for comment in comments {
            guard let parent = comment.replyTo else { continue }
            if byID[parent] == nil {
                let suggestion = DidYouMean.phrase(for: parent, among: byID.keys).map { "; \($0)" } ?? ""
                let mark = comment.replyToMark ?? SourceMark(location: SourceLocation(path: comment.sourcePath))
                diagnostics.append(mark.error("`reply_to: \(parent)` names no comment on this post\(suggestion)"))
                broken.insert(comment.id)
                continue
            }
            var visited: Set<String> = [comment.id]
            var current = parent
            while let next = byID[current] {
                if visited.contains(current) {
                    diagnostics.append(.error(
                        "`reply_to` makes a cycle: this comment ends up replying to itself",
                        at: SourceLocation(path: comment.sourcePath)))
                    broken.insert(comment.id)
                    break
                }
                visited.insert(current)
                guard let up = next.replyTo else { break }
                current = up
            }
        }
        var shown: [Comment] = []
        for var comment in comments where comment.status == .published && !broken.contains(comment.id) {
            if let parent = comment.replyTo, let parentComment = byID[parent],
               parentComment.status != .published || broken.contains(parent) {
                diagnostics.append(.warning(
                    "the comment this replies to is not published; it is shown at the top level",
                    at: SourceLocation(path: comment.sourcePath)))
                comment.replyTo = nil
            }
            shown.append(comment)
        }
        return shown.sorted { $0.date != $1.date ? $0.date < $1.date : codePointOrder($0.id, $1.id) }
    }
}
