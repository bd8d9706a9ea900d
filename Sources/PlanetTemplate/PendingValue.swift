/// A value encoded for a page that may not need rendering: its fingerprint is known at once, through
/// `FingerprintEncoder` without a tree; its tree (`encoded`) is made only when asked. Both are
/// `EncodedValue(encoding:)`'s.
public struct PendingValue {
    private let tree: () -> EncodedValue
    public let fingerprint: UInt64

    /// With `willRender` (the page has no earlier version to compare with), the tree is made at once and the
    /// fingerprint taken from it. An encoding that throws keeps what was written before the error, as
    /// `EncodedValue(encoding:)`.
    public init<Value: Encodable>(encoding value: Value, willRender: Bool = false) {
        if willRender {
            let encoded = EncodedValue(encoding: value)
            fingerprint = encoded.fingerprint
            tree = { encoded }
        } else {
            fingerprint = FingerprintEncoder.fingerprint(of: value)
            tree = { EncodedValue(encoding: value) }
        }
    }

    public var encoded: EncodedValue { tree() }
}
