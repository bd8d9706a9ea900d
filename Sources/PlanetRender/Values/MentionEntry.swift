/// A mention of a post on another site, on the post's page.
struct MentionEntry: Encodable, Hashable, Sendable {
    var anchor: String
    var url: String
    var title: String
    var authorName: String
    var dateISO: String
    var dateDisplay: String
    var contentHTML: String
}
