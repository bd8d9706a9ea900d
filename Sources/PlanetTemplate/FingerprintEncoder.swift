/// Fingerprints a value as `EncodedValue(encoding:)` does (`TemplateValue.fingerprint`), without making its tree:
/// a page whose fingerprint shows that it did not change costs no tree at all. An `EncodedValue` or `Shared` inside
/// gives its own fingerprint.
struct FingerprintEncoder: Encoder {
    let node: FingerprintNode
    /// Always empty, as `TreeEncoder`'s.
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// `EncodedValue(encoding: value).fingerprint`. An encoding that throws keeps what was written before the error.
    static func fingerprint(of value: some Encodable) -> UInt64 {
        let node = FingerprintNode()
        try? value.encode(to: FingerprintEncoder(node: node))
        return node.fingerprint()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(FingerprintKeyedContainer<Key>(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeList()
        return FingerprintListContainer(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        FingerprintSingleValueContainer(node: node)
    }

    /// `value`'s fingerprint, as a finished child.
    static func child(for value: some Encodable) throws -> FingerprintNode.Child {
        let child = FingerprintNode()
        try value.encode(to: FingerprintEncoder(node: child))
        return .finished(child.fingerprint())
    }
}
