/// A key's value with its fingerprint: two values with the same fingerprint are taken as equal, which is
/// what stops a change from propagating (early cutoff).
public struct QueryValue: Sendable {
    public var value: any Sendable
    public var fingerprint: UInt64

    public init(_ value: any Sendable, fingerprint: UInt64) {
        self.value = value
        self.fingerprint = fingerprint
    }
}
