/// `origin` of an outside entry: the blog's name, the entry's address (else the blog's) and the blog's.
struct OriginLink: Encodable, Hashable, Sendable {
    var name: String
    var url: String
    var blogURL: String
}
