/// The fields of an object being encoded by `TreeEncoder`, named in snake case.
struct TreeKeyedContainer<Key: CodingKey>: TreeKeyedValueContainer {
    let node: EncodingNode
    /// Always empty: no encoding into a tree fails, so no path is ever reported (keeping one cost an array per field).
    var codingPath: [any CodingKey] { [] }

    func put(_ value: TemplateValue, _ key: Key) {
        node.set(TemplateValueEncoder.snakeCase(key.stringValue), EncodingNode(value))
    }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        node.set(TemplateValueEncoder.snakeCase(key.stringValue), try TreeEncoder.node(for: value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: child(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(node: child(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(node: child(TemplateKey("super")))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(node: child(key))
    }

    private func child(_ key: some CodingKey) -> EncodingNode {
        let child = EncodingNode()
        node.set(TemplateValueEncoder.snakeCase(key.stringValue), child)
        return child
    }
}
