/// A post summary, as every list shows it (`partials/post-item`); `item_html` once rendered.
struct PostSummary: Encodable, Hashable, Sendable {
    var title: String
    var url: String
    var dateISO: String
    var dateDisplay: String
    var summary: String
    var tags: [TagLink]
    var commentCount: Int
    var hasComments: Bool
    var invitesComments: Bool
    var commentLabel: String
    var commentsURL: String
    var author: AuthorSummary
    /// Only for an outside entry.
    var origin: OriginLink?
    /// True on a member's own page (`/<id>/<slug>/`), which has no date, tags or neighbours: absent on a post.
    var isPage: Bool?
    var itemHTML: String?
}
