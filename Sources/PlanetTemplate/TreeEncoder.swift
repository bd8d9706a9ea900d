/// The `Encoder` behind `TemplateValueEncoder`: it writes into an `EncodingNode`.
struct TreeEncoder: Encoder {
    let node: EncodingNode
    /// Always empty: no encoding into a tree fails, so no path is ever reported (keeping one cost an array per field).
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(TreeKeyedContainer<Key>(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeList()
        return TreeListContainer(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TreeSingleValueContainer(node: node)
    }

    /// `value` encoded into a new node.
    static func node(for value: some Encodable) throws -> EncodingNode {
        let child = EncodingNode()
        try value.encode(to: TreeEncoder(node: child))
        return child
    }

    /// An integer as `.int`, or as `.double` when it does not fit.
    static func integer(_ value: some BinaryInteger) -> TemplateValue {
        Int(exactly: value).map(TemplateValue.int) ?? .double(Double(value))
    }
}
