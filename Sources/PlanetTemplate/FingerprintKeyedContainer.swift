/// The fields of an object being fingerprinted by `FingerprintEncoder`, named in snake case as `TreeKeyedContainer`'s.
struct FingerprintKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: FingerprintNode
    var codingPath: [any CodingKey] { [] }

    private func put(_ value: TemplateValue, _ key: Key) {
        node.set(TemplateValueEncoder.snakeCase(key.stringValue), .finished(value.fingerprint))
    }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(TreeEncoder.integer(value), key) }

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
