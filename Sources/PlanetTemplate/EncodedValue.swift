/// A value encoded into the tree templates see, with the tree's fingerprint (`TemplateValue.fingerprint`).
/// Held inside another value, it is neither encoded nor fingerprinted again: that is how what many pages
/// show is encoded once.
public struct EncodedValue: Encodable, Hashable, Sendable {
    public let value: TemplateValue
    public let fingerprint: UInt64

    init(value: TemplateValue, fingerprint: UInt64) {
        self.value = value
        self.fingerprint = fingerprint
    }

    /// `value` as `TemplateValueEncoder` encodes it. An encoding that throws (none of the synthesized
    /// conformances of plain values does) keeps what was written before the error.
    public init(encoding value: some Encodable) {
        let node = EncodingNode()
        try? value.encode(to: TreeEncoder(node: node))
        self = node.finish()
    }

    public func encode(to encoder: any Encoder) throws {
        if let tree = encoder as? TreeEncoder {
            tree.node.finished = self
        } else if let fingerprinting = encoder as? FingerprintEncoder {
            fingerprinting.node.finished = fingerprint
        } else {
            try value.encode(to: encoder)
        }
    }

    public static func == (lhs: EncodedValue, rhs: EncodedValue) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }
}
