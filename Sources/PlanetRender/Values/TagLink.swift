/// `{name, url}`: a tag of a post.
struct TagLink: Encodable, Hashable, Sendable {
    var name: String
    var url: String
}
