import PlanetCore

/// What a post's page adds to its summary: the content, the dates of change, the comments, the comment
/// feed, the mentions and responses, how to comment, and the author with a `bio`.
struct PostDetails: Encodable, Hashable, Sendable {
    var commentsFeedURL: String
    var commentsClosed: Bool
    var author: AuthorSummary
    var contentHTML: String
    var updatedISO: String
    var updatedDisplay: String
    var comments: [CommentNode]
    var mentions: [MentionEntry]
    var responses: [Response]
    var commentForm: CommentForm?
    var commentByPullRequest: PullRequestComment?
    /// The same member's previous and next posts; nil when the member has no other post.
    var neighbours: PostNeighbours?
    /// "Reply on Mastodon" / "Reply on Bluesky": plain links to the post's discussions elsewhere.
    var discussions: [DiscussionLink] = []
    /// The post's language (`lang:`) when it is not the site's, for the `lang` attribute of its title and text.
    var contentLang: String?

    /// `post`'s language when it differs from `siteLanguage` (BCP 47 tags compare without regard to case).
    static func contentLang(of post: Post, siteLanguage: String) -> String? {
        guard let language = post.language, language.lowercased() != siteLanguage.lowercased() else { return nil }
        return language
    }
}
