/// A value being fingerprinted by `FingerprintEncoder`: what `EncodingNode` keeps, with each finished child
/// kept as its fingerprint instead of its tree, so that `fingerprint()` equals the fingerprint of `EncodingNode.finish()`.
final class FingerprintNode {
    /// A child: finished (its fingerprint), or a nested container still being written.
    enum Child {
        case finished(UInt64)
        case open(FingerprintNode)

        var fingerprint: UInt64 {
            switch self {
            case .finished(let fingerprint): fingerprint
            case .open(let node): node.fingerprint()
            }
        }
    }

    var finished: UInt64?
    private var isList = false
    private var keys: [String] = []
    private var fields: [Child] = []
    private var elements: [Child] = []

    init() {}

    /// As `EncodingNode.becomeObject`: the fields already written are kept.
    func becomeObject() {
        if isList || finished != nil { (isList, finished, elements) = (false, nil, []) }
    }

    func becomeList() {
        if !isList { (isList, finished, keys, fields) = (true, nil, [], []) }
    }

    func set(_ key: String, _ child: Child) {
        if let index = keys.firstIndex(of: key) {
            fields[index] = child
        } else {
            keys.append(key)
            fields.append(child)
        }
    }

    func append(_ child: Child) {
        elements.append(child)
    }

    var count: Int { isList ? elements.count : keys.count }

    func fingerprint() -> UInt64 {
        if let finished { return finished }
        if isList { return TemplateValue.list(elements.map(\.fingerprint)) }
        return TemplateValue.object(zip(keys, fields).map { key, field in (key, field.fingerprint) })
    }
}
