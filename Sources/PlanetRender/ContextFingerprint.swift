import PlanetCore

/// Fingerprints the values a template receives, so that a page whose values did not change since the
/// previous build is not rendered again. The common value types are told apart by their exact type (a
/// cast to an identical type is cheap), other mappings and lists are cast, and a mapping's pairs are
/// combined in an order-free way, so no key is sorted and the result is the same on every run.
enum ContextFingerprint {
    private static let stringType = ObjectIdentifier(String.self)
    private static let sharedType = ObjectIdentifier(SharedValues.self)
    private static let mappingType = ObjectIdentifier([String: Any].self)
    private static let sharedListType = ObjectIdentifier([SharedValues].self)
    private static let mappingListType = ObjectIdentifier([[String: Any]].self)
    private static let listType = ObjectIdentifier([Any].self)
    private static let boolType = ObjectIdentifier(Bool.self)
    private static let intType = ObjectIdentifier(Int.self)

    static func combine(_ value: Any, into fingerprint: inout Fingerprint) {
        switch ObjectIdentifier(type(of: value)) {
        case stringType:
            fingerprint.combine(1)
            fingerprint.combine(value as! String)
        case sharedType:
            fingerprint.combine(2)
            fingerprint.combine((value as! SharedValues).fingerprint)
        case mappingType:
            combine(value as! [String: Any], into: &fingerprint)
        case sharedListType:
            let list = value as! [SharedValues]
            fingerprint.combine(4)
            fingerprint.combine(list.count)
            for element in list { fingerprint.combine(element.fingerprint) }
        case mappingListType:
            let list = value as! [[String: Any]]
            fingerprint.combine(4)
            fingerprint.combine(list.count)
            for element in list { combine(element, into: &fingerprint) }
        case listType:
            let list = value as! [Any]
            fingerprint.combine(4)
            fingerprint.combine(list.count)
            for element in list { combine(element, into: &fingerprint) }
        case boolType:
            fingerprint.combine(5)
            fingerprint.combine(value as! Bool)
        case intType:
            fingerprint.combine(6)
            fingerprint.combine(value as! Int)
        default:
            if let mapping = value as? [String: Any] {
                combine(mapping, into: &fingerprint)
            } else if let list = value as? [Any] {
                combine(list as Any, into: &fingerprint)
            } else {
                fingerprint.combine(7)
                fingerprint.combine(String(reflecting: type(of: value)))
                fingerprint.combine(String(describing: value))
            }
        }
    }

    /// Each pair is fingerprinted on its own and the pairs' fingerprints are added up.
    static func combine(_ mapping: [String: Any], into fingerprint: inout Fingerprint) {
        var sum: UInt64 = 0
        for (key, value) in mapping {
            var pair = Fingerprint()
            pair.combine(key)
            combine(value, into: &pair)
            sum &+= pair.value
        }
        fingerprint.combine(3)
        fingerprint.combine(mapping.count)
        fingerprint.combine(sum)
    }
}
