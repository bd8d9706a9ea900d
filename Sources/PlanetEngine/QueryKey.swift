/// A key of the query engine: an input, whose value is set from outside (`QueryEngine.set`), or a derived
/// query, whose value the engine's rule computes from other keys.
public protocol QueryKey: Hashable, Sendable {
    /// Whether the key is an input (set from outside) rather than derived by the rule.
    var isInput: Bool { get }
}
