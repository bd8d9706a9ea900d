/// The elements of a list being encoded by `TreeEncoder`.
struct TreeListContainer: UnkeyedEncodingContainer {
    let node: EncodingNode
    /// Always empty: no encoding into a tree fails, so no path is ever reported (keeping one cost an array per field).
    var codingPath: [any CodingKey] { [] }
    var count: Int { node.count }

    private func put(_ value: TemplateValue) {
        node.append(EncodingNode(value))
    }

    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(.double(value)) }
    mutating func encode(_ value: Float) throws { put(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { put(.int(value)) }
    mutating func encode(_ value: Int8) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: Int16) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: Int32) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: Int64) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: UInt) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: UInt8) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: UInt16) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: UInt32) throws { put(TreeEncoder.integer(value)) }
    mutating func encode(_ value: UInt64) throws { put(TreeEncoder.integer(value)) }

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
