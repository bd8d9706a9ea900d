/// `tags`: every tag, by name.
struct TagsPage: Encodable, Hashable, Sendable {
    var tags: [TagCount]
}
