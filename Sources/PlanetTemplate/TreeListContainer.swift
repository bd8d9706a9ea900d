/// The elements of a list being encoded by `TreeEncoder`.
struct TreeListContainer: UnkeyedEncodingContainer, TreeValueContainer {
    let node: EncodingNode
    /// Always empty: no encoding into a tree fails, so no path is ever reported (keeping one cost an array per field).
    var codingPath: [any CodingKey] { [] }
    var count: Int { node.count }

    func put(_ value: TemplateValue) {
        node.append(EncodingNode(value))
    }

    mutating func encode(_ value: some Encodable) throws {
        node.append(try TreeEncoder.node(for: value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: newChild()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(node: newChild()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(node: newChild())
    }

    private func newChild() -> EncodingNode {
        let child = EncodingNode()
        node.append(child)
        return child
    }
}
