/// Where the item being rendered stands in the list a section iterates, for `first()` and `last()`.
struct SequencePosition: Sendable {
    let isFirst: Bool
    let isLast: Bool
}
