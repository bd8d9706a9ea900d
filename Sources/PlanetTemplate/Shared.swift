/// A value that many pages show (the interface strings, a listed post, a tag's details), fingerprinted once when
/// it is made, without a tree (`FingerprintEncoder`), and encoded once, the first time a page that shows it is
/// rendered; the pages that hold it reuse both. A value no rendered page shows (a feed's entry, a listed post in a
/// rebuild that renders no list) is never encoded.
public struct Shared<Value: Encodable & Hashable & Sendable>: Encodable, Hashable, Sendable {
    public let value: Value
    /// `EncodedValue(encoding: value).fingerprint`.
    public let fingerprint: UInt64
    private let tree: SharedTree

    public init(_ value: Value) {
        self.value = value
        fingerprint = FingerprintEncoder.fingerprint(of: value)
        tree = SharedTree()
    }

    /// The value's tree, made by the first caller and kept.
    public var encoded: EncodedValue {
        tree.made { EncodedValue(encoding: value) }
    }

    public func encode(to encoder: any Encoder) throws {
        if let fingerprinting = encoder as? FingerprintEncoder {
            fingerprinting.node.finished = fingerprint
        } else {
            try encoded.encode(to: encoder)
        }
    }

    public static func == (lhs: Shared, rhs: Shared) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }
}
