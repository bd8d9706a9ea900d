import PlanetCore
import PlanetParse
import Yams

/// Changes to a comment file's front matter, through Yams: the front matter is composed into a node, one key
/// changes, and the node is serialized again, other keys kept in their order with their values and quoting
/// (YAML comments are not kept). The body after the closing `---` is kept byte for byte.
public enum CommentFileEdit {
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The front matter is missing, unclosed, not YAML or not a mapping.
        case unreadable(String)

        public var description: String {
            switch self {
            case .unreadable(let reason): reason
            }
        }
    }

    /// The text with `status` set: removed when `published` (the default), else written in place of the old value
    /// or after the other keys.
    public static func settingStatus(_ status: CommentStatus, in text: String) throws -> String {
        try editing(text) { pairs in
            let index = pairs.firstIndex { $0.key.string == "status" }
            switch (status, index) {
            case (.published, .some(let index)): pairs.remove(at: index)
            case (.published, nil): break
            case (_, .some(let index)): pairs[index].value = Node(status.rawValue)
            case (_, nil): pairs.append((Node("status"), Node(status.rawValue)))
            }
        }
    }

    /// The front matter's keys and their values, for the scalar values; nil when it cannot be read.
    public static func fields(of text: String) -> [(key: String, value: String)]? {
        guard let (mapping, _) = try? split(text) else { return nil }
        return mapping.compactMap { pair in
            guard let key = pair.key.string, let value = pair.value.scalar?.string else { return nil }
            return (key, value)
        }
    }

    /// The body after the front matter, as it is; nil when there is no front matter.
    public static func body(of text: String) -> String? {
        guard case .success(let frontMatter) = FrontMatter.split(SourceText(path: "", text: text)) else { return nil }
        return frontMatter.body
    }

    private static func editing(_ text: String, _ change: (inout [(key: Node, value: Node)]) -> Void) throws -> String {
        let (mapping, body) = try split(text)
        var pairs = Array(mapping).map { (key: $0.key, value: $0.value) }
        change(&pairs)
        let yaml = try Yams.serialize(node: Node(pairs.map { ($0.key, $0.value) }), allowUnicode: true)
        return "---\n" + yaml + "---\n" + body
    }

    private static func split(_ text: String) throws -> (Node.Mapping, String) {
        let frontMatter: FrontMatter
        switch FrontMatter.split(SourceText(path: "", text: text)) {
        case .success(let split): frontMatter = split
        case .failure(let diagnostic): throw Failure.unreadable(diagnostic.message)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: frontMatter.yaml)
        } catch {
            throw Failure.unreadable("the front matter is not valid YAML: \(error)")
        }
        guard let mapping = node?.mapping else { throw Failure.unreadable("the front matter is not a mapping of keys to values") }
        return (mapping, frontMatter.body)
    }
}
