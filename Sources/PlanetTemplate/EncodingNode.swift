/// A value being encoded by `TreeEncoder`: a finished value, an object or a list whose children are
/// still being written. `finish` makes the tree and its fingerprint bottom up.
final class EncodingNode {
    var finished: EncodedValue?
    private var isList = false
    /// An object's names and values, in the order first written (few: a linear search beats hashing).
    private var keys: [String] = []
    private var fields: [EncodingNode] = []
    private var elements: [EncodingNode] = []

    init() {}

    init(_ value: TemplateValue) {
        finished = EncodedValue(value: value, fingerprint: value.fingerprint)
    }

    /// Keeps the fields already written, so that two encodings into one encoder merge.
    func becomeObject() {
        if isList || finished != nil { (isList, finished, elements) = (false, nil, []) }
    }

    func becomeList() {
        if !isList { (isList, finished, keys, fields) = (true, nil, [], []) }
    }

    func set(_ key: String, _ child: EncodingNode) {
        if let index = keys.firstIndex(of: key) {
            fields[index] = child
        } else {
            keys.append(key)
            fields.append(child)
        }
    }

    func append(_ child: EncodingNode) {
        elements.append(child)
    }

    var count: Int { isList ? elements.count : keys.count }

    func finish() -> EncodedValue {
        if let finished { return finished }
        if isList {
            let children = elements.map { $0.finish() }
            return EncodedValue(value: .list(children.map(\.value)), fingerprint: TemplateValue.list(children.map(\.fingerprint)))
        }
        var object = TemplateObject()
        var pairs: [(String, UInt64)] = []
        pairs.reserveCapacity(keys.count)
        for (key, field) in zip(keys, fields) {
            let child = field.finish()
            object[key] = child.value
            pairs.append((key, child.fingerprint))
        }
        return EncodedValue(value: .object(object), fingerprint: TemplateValue.object(pairs))
    }
}
