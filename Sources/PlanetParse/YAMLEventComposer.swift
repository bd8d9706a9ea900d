import CYaml
import Yams

/// Reads YAML through libyaml's events into `YAMLNode`s, without Yams' node trees, tag resolution or duplicate
/// check, for the common case only: one document whose root is a mapping, of at most `maximumNodes` values, with
/// neither anchors, aliases, explicit tags, keys that are not texts, merge keys (`<<`) nor a key twice in a mapping.
/// Anything else, errors included, is left to Yams (nil), whose results and messages stay the reference.
struct YAMLEventComposer {
    /// A list or a mapping being read, with where it starts: its items, or its keys and values in turn.
    private struct Collection {
        let isMapping: Bool
        let line: Int
        let column: Int
        var items: [YAMLNode] = []
        var keys: Set<String> = []
    }

    private let maximumNodes: Int
    private var open: [Collection] = []
    private var nodes = 0
    private var root: YAMLNode?

    private init(maximumNodes: Int) {
        self.maximumNodes = maximumNodes
    }

    /// The root mapping of `yaml`, or nil when Yams should read it.
    static func compose(_ yaml: String, maximumNodes: Int) -> YAMLNode? {
        guard !yaml.isEmpty else { return nil }
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var composer = YAMLEventComposer(maximumNodes: maximumNodes)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return composer.root?.pairs != nil ? composer.root : nil
                case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                    continue
                case YAML_DOCUMENT_START_EVENT:
                    guard composer.root == nil else { return nil }
                default:
                    guard composer.read(event) else { return nil }
                }
            }
            return nil
        }
    }

    /// Takes a node's event; false when Yams should read the YAML instead.
    private mutating func read(_ event: yaml_event_t) -> Bool {
        let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.anchor == nil, scalar.tag == nil,
                  let style = Node.Scalar.Style(rawValue: scalar.style.rawValue) else { return false }
            let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            // Yams decodes texts through Foundation, which may drop a leading byte order mark.
            guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return false }
            let text = String(decoding: bytes, as: UTF8.self)
            // Yams tags a quoted or block scalar without a tag as a text (`quoted_implicit`): never true or false.
            let bool = scalar.quoted_implicit == 1 ? nil : YAMLNode.untaggedBool(text)
            return add(YAMLNode(.scalar(text, style: style, bool: bool), line: line, column: column))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let (anchor, tag) = isMapping ? (event.data.mapping_start.anchor, event.data.mapping_start.tag)
                : (event.data.sequence_start.anchor, event.data.sequence_start.tag)
            guard anchor == nil, tag == nil else { return false }
            open.append(Collection(isMapping: isMapping, line: line, column: column))
            return true
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let collection = open.popLast() else { return false }
            let content: YAMLNode.Content = collection.isMapping
                ? .mapping(stride(from: 0, to: collection.items.count, by: 2).map { (key: collection.items[$0], value: collection.items[$0 + 1]) })
                : .sequence(collection.items)
            return add(YAMLNode(content, line: collection.line, column: collection.column))
        default:
            return false
        }
    }

    /// Puts a node read whole into the list or mapping being read, or makes it the root; false when Yams should read
    /// the YAML instead (too many values, a key that is not a text, a merge key or a key met before).
    private mutating func add(_ node: YAMLNode) -> Bool {
        nodes += 1
        guard nodes <= maximumNodes else { return false }
        guard let last = open.indices.last else {
            root = node
            return true
        }
        if open[last].isMapping, open[last].items.count.isMultiple(of: 2) {
            guard let key = node.text, key != "<<", open[last].keys.insert(key).inserted else { return false }
        }
        open[last].items.append(node)
        return true
    }
}
