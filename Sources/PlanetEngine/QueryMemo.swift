/// What the engine keeps of a key: its value (nil for an input that is not set), the revisions at which it last
/// changed, was last checked and was last computed, and, for a derived key, the keys its computation read.
struct QueryMemo<Key: QueryKey>: Sendable {
    var value: (any Sendable)?
    var fingerprint: UInt64
    /// The last revision at which the value's fingerprint changed.
    var changedAt: Int
    /// The last revision at which the value was known to be current.
    var verifiedAt: Int
    /// The last revision at which the rule ran for this key.
    var computedAt: Int
    /// In the order of the first read; empty for inputs.
    var reads: [Key]
}
