/// A value encoded for a page that may not need rendering: its fingerprint is known at once, its tree
/// (`encoded`) is made only when asked. Both are `EncodedValue(encoding:)`'s.
public struct PendingValue {
    private let node: EncodingNode
    public let fingerprint: UInt64

    /// An encoding that throws keeps what was written before the error, as `EncodedValue(encoding:)`.
    public init(encoding value: some Encodable) {
        node = EncodingNode()
        try? value.encode(to: TreeEncoder(node: node))
        fingerprint = node.fingerprint()
    }

    public var encoded: EncodedValue { node.finish() }
}
