import PlanetCore

extension TemplateValue {
    /// A 64-bit hash of the tree that is the same on every machine and every run (it is kept between builds):
    /// what a page's fingerprint is made of. An object's pairs are combined in an order-free way, since no
    /// template sees the order of its fields. `EncodedValue` computes the same without walking shared parts again.
    public var fingerprint: UInt64 {
        switch self {
        case .null: Self.leaf(tag: 0) { _ in }
        case .bool(let value): Self.leaf(tag: 1) { $0.combine(value) }
        case .int(let value): Self.leaf(tag: 2) { $0.combine(value) }
        case .double(let value): Self.leaf(tag: 3) { $0.combine(value.bitPattern) }
        case .string(let value): Self.leaf(tag: 4) { $0.combine(value) }
        case .list(let elements): Self.list(elements.map(\.fingerprint))
        case .object(let object): Self.object(object.keys.map { ($0, object.values[$0]?.fingerprint ?? 0) })
        }
    }

    static func leaf(tag: Int, _ combine: (inout Fingerprint) -> Void) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.combine(tag)
        combine(&fingerprint)
        return fingerprint.value
    }

    /// Of a list, from its elements' fingerprints in order.
    static func list(_ elements: [UInt64]) -> UInt64 {
        leaf(tag: 5) { fingerprint in
            fingerprint.combine(elements.count)
            for element in elements { fingerprint.combine(element) }
        }
    }

    /// Of an object, from its pairs' fingerprints added up.
    static func object(_ pairs: [(String, UInt64)]) -> UInt64 {
        var sum: UInt64 = 0
        for (key, value) in pairs {
            var pair = Fingerprint()
            pair.combine(key)
            pair.combine(value)
            sum &+= pair.value
        }
        return leaf(tag: 6) { fingerprint in
            fingerprint.combine(pairs.count)
            fingerprint.combine(sum)
        }
    }
}
