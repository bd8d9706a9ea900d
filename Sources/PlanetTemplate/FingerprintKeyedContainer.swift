/// The fields of an object being fingerprinted by `FingerprintEncoder`, named in snake case as `TreeKeyedContainer`'s.
struct FingerprintKeyedContainer<Key: CodingKey>: TreeKeyedValueContainer {
    let node: FingerprintNode
    var codingPath: [any CodingKey] { [] }

    func put(_ value: TemplateValue, _ key: Key) {
        node.set(TemplateValueEncoder.snakeCase(key.stringValue), .finished(value.fingerprint))
    }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        node.set(TemplateValueEncoder.snakeCase(key.stringValue), try FingerprintEncoder.child(for: value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        FingerprintEncoder(node: child(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        FingerprintEncoder(node: child(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        FingerprintEncoder(node: child(TemplateKey("super")))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        FingerprintEncoder(node: child(key))
    }

    /// A nested container's node: still open, it is fingerprinted when its parent is.
    private func child(_ key: some CodingKey) -> FingerprintNode {
        let child = FingerprintNode()
        node.set(TemplateValueEncoder.snakeCase(key.stringValue), .open(child))
        return child
    }
}
