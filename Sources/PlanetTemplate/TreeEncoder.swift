/// The `Encoder` behind `TemplateValueEncoder`: it writes into an `EncodingNode`.
struct TreeEncoder: Encoder {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(TreeKeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeList()
        return TreeListContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TreeSingleValueContainer(node: node, codingPath: codingPath)
    }

    /// `value` encoded into a new node.
    static func node(for value: some Encodable, codingPath: [any CodingKey]) throws -> EncodingNode {
        let child = EncodingNode()
        try value.encode(to: TreeEncoder(node: child, codingPath: codingPath))
        return child
    }

    /// An integer as `.int`, or as `.double` when it does not fit.
    static func integer(_ value: some BinaryInteger) -> TemplateValue {
        Int(exactly: value).map(TemplateValue.int) ?? .double(Double(value))
    }
}
