/// A tag on the tags' page: `{name, url, count, count_label}`.
struct TagCount: Encodable, Hashable, Sendable {
    var name: String
    var url: String
    var count: Int
    var countLabel: String
}
