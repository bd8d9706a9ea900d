/// A single value being encoded by `TreeEncoder`.
struct TreeSingleValueContainer: SingleValueEncodingContainer, TreeValueContainer {
    let node: EncodingNode
    /// Always empty: no encoding into a tree fails, so no path is ever reported (keeping one cost an array per field).
    var codingPath: [any CodingKey] { [] }

    func put(_ value: TemplateValue) {
        node.finished = EncodedValue(value: value, fingerprint: value.fingerprint)
    }

    mutating func encode(_ value: some Encodable) throws {
        try value.encode(to: TreeEncoder(node: node))
    }
}
