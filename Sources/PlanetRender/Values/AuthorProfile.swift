/// What a member's page adds to their author summary.
struct AuthorProfile: Encodable, Hashable, Sendable {
    var bio: String
    var website: String
    var links: [TitledLink]
    var postCount: Int
    var postCountLabel: String
    var feedURL: String
    var topTags: [TopicCount]
    var topHashtags: [TopicCount]
    /// The years the member wrote in, newest first, linking to their posts of each year.
    var years: [ArchivePeriod]
    /// The member's own pages (`/<id>/<slug>/`), by title.
    var pages: [TitledLink] = []
}
