import PlanetCore

extension CommentThreads {
    /// The published mentions (`kind: mention`) of each published post (keyed by post path), oldest first
    /// (ties by id). A mention of a post that does not exist is an error, as a comment's is; a post whose
    /// comments are closed still lists its mentions, which are other sites' pages, not a conversation here.
    public static func mentions(
        _ mentions: [Comment], toPosts published: Set<String>, knownPosts: Set<String>, diagnostics: inout [Diagnostic]
    ) -> [String: [Comment]] {
        var byPost: [String: [Comment]] = [:]
        for mention in mentions {
            let path = "/\(mention.postAuthorID)/\(mention.postSlug)/"
            guard knownPosts.contains(path) else {
                diagnostics.append(.error(
                    "mention of a post that does not exist: no post `\(mention.postSlug)` by member `\(mention.postAuthorID)`"
                        + missingPostSuggestion(mention, knownPosts: knownPosts),
                    at: SourceLocation(path: mention.sourcePath), code: .commentOnMissingPost))
                continue
            }
            if published.contains(path), mention.status == .published { byPost[path, default: []].append(mention) }
        }
        return byPost.mapValues { list in
            list.sorted { $0.date != $1.date ? $0.date < $1.date : codePointOrder($0.id, $1.id) }
        }
    }
}
