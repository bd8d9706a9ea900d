import Mustache
import PlanetCore

/// Template values that many pages share (the interface strings, a listed post), with their
/// fingerprint computed once. Templates see them as a mapping.
final class SharedValues: MustacheParent, @unchecked Sendable {
    let values: [String: Any]
    let fingerprint: UInt64

    init(_ values: [String: Any]) {
        self.values = values
        var fingerprint = Fingerprint()
        ContextFingerprint.combine(values, into: &fingerprint)
        self.fingerprint = fingerprint.value
    }

    func child(named name: String) -> Any? { values[name] }
}
