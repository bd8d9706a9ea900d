import Yams

/// A YAML value as `YAMLFields` reads it: a scalar, a list or a mapping, with where it starts (line and column
/// from 1, columns in Unicode scalars, as libyaml counts them).
struct YAMLNode {
    enum Content {
        /// A scalar's text and style, and the boolean it is read as, if any (see `bool`).
        case scalar(String, style: Node.Scalar.Style, bool: Bool?)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    var content: Content
    var line: Int
    var column: Int

    init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    /// A node that `Yams.compose` gave, which replaces aliases by the nodes they name and marks every node.
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            content = .scalar(scalar.string, style: scalar.style, bool: node.bool)
        case .sequence(let sequence):
            content = .sequence(sequence.map(YAMLNode.init))
        case .mapping(let mapping):
            content = .mapping(mapping.map { (YAMLNode($0.key), YAMLNode($0.value)) })
        case .alias:
            preconditionFailure("Yams.compose replaces each alias by the node it names")
        }
        line = node.mark?.line ?? 1
        column = node.mark?.column ?? 1
    }

    /// The scalar's text, or nil for a list or a mapping.
    var text: String? {
        guard case .scalar(let text, _, _) = content else { return nil }
        return text
    }

    var items: [YAMLNode]? {
        guard case .sequence(let items) = content else { return nil }
        return items
    }

    var pairs: [(key: YAMLNode, value: YAMLNode)]? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs
    }

    /// A plain scalar (`key: value`, not quoted nor a block).
    var isPlain: Bool {
        guard case .scalar(_, .plain, _) = content else { return false }
        return true
    }

    /// Nothing written or a null (`~`, `null`), as Yams reads it: only a plain scalar is null.
    var isNull: Bool {
        guard case .scalar(let text, .plain, _) = content else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// True or false as Yams reads it (`yes`, `On`, `tRuE`…; nothing tagged as a text, as a quoted or block scalar is).
    var bool: Bool? {
        guard case .scalar(_, _, let bool) = content else { return nil }
        return bool
    }

    /// The boolean of a scalar not tagged as a text, as Yams' `Bool.construct` reads it: its text, lowercased, is
    /// one of these words.
    static func untaggedBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }

    /// A whole number as Yams reads it (`0x1F`, `1_000`, `1:30`), through Yams' own reading.
    var int: Int? {
        guard case .scalar(let text, let style, _) = content else { return nil }
        return Int.construct(from: Node.Scalar(text, .implicit, style))
    }
}
