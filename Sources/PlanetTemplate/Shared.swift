/// A value that many pages show (the interface strings, a listed post, a tag's details), encoded and
/// fingerprinted once when it is made; the pages that hold it reuse both.
public struct Shared<Value: Encodable & Hashable & Sendable>: Encodable, Hashable, Sendable {
    public let value: Value
    public let encoded: EncodedValue

    public init(_ value: Value) {
        self.value = value
        encoded = EncodedValue(encoding: value)
    }

    public func encode(to encoder: any Encoder) throws {
        try encoded.encode(to: encoder)
    }

    public static func == (lhs: Shared, rhs: Shared) -> Bool {
        lhs.encoded == rhs.encoded
    }

    public func hash(into hasher: inout Hasher) {
        encoded.hash(into: &hasher)
    }
}
