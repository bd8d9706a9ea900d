/// The elements of a list being fingerprinted by `FingerprintEncoder`.
struct FingerprintListContainer: UnkeyedEncodingContainer, TreeValueContainer {
    let node: FingerprintNode
    var codingPath: [any CodingKey] { [] }
    var count: Int { node.count }

    func put(_ value: TemplateValue) {
        node.append(.finished(value.fingerprint))
    }

    mutating func encode(_ value: some Encodable) throws {
        node.append(try FingerprintEncoder.child(for: value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        FingerprintEncoder(node: newChild()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        FingerprintEncoder(node: newChild()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        FingerprintEncoder(node: newChild())
    }

    private func newChild() -> FingerprintNode {
        let child = FingerprintNode()
        node.append(.open(child))
        return child
    }
}
