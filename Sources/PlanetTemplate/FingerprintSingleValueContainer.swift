/// A single value being fingerprinted by `FingerprintEncoder`.
struct FingerprintSingleValueContainer: SingleValueEncodingContainer, TreeValueContainer {
    let node: FingerprintNode
    var codingPath: [any CodingKey] { [] }

    func put(_ value: TemplateValue) {
        node.finished = value.fingerprint
    }

    mutating func encode(_ value: some Encodable) throws {
        try value.encode(to: FingerprintEncoder(node: node))
    }
}
