/// The previous (older) or next (newer) post of the same member, linked from a post.
struct NeighbourPost: Encodable, Hashable, Sendable {
    var title: String
    var url: String
    var dateISO: String
    var dateDisplay: String
}
