/// Two values that a template sees as one object: `base`'s fields, then `addition`'s (a field of both
/// takes `addition`'s value). Each is encoded by its own synthesized `encode(to:)`.
public struct Merged<Base: Encodable & Hashable & Sendable, Addition: Encodable & Hashable & Sendable>: Encodable, Hashable, Sendable {
    public var base: Base
    public var addition: Addition

    public init(_ base: Base, _ addition: Addition) {
        self.base = base
        self.addition = addition
    }

    public func encode(to encoder: any Encoder) throws {
        try base.encode(to: encoder)
        try addition.encode(to: encoder)
    }
}
