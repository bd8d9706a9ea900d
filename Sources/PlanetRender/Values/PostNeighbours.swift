/// `neighbours` of a post: the same member's previous (older) and next (newer) posts, either absent at an end
/// of their list, and the navigation's label ("Posts by Alice").
struct PostNeighbours: Encodable, Hashable, Sendable {
    var label: String
    var previous: NeighbourPost?
    var next: NeighbourPost?
}
