import Foundation
import PlanetCore
import Yams

/// A YAML mapping read from a front matter or a settings file, with typed accessors that report
/// mistakes as located diagnostics instead of failing.
public struct YAMLFields {
    public let source: SourceText
    private let lineOffset: Int
    private var values: [String: YAMLNode] = [:]
    private var keyMarks: [String: (line: Int, column: Int)] = [:]
    private var read: Set<String> = []
    public private(set) var diagnostics: [Diagnostic] = []

    /// Limits that keep hostile YAML (deep nesting, alias bombs) within bounded work.
    static let maximumNodes = 10_000

    /// Parses `yaml`, which starts at line `firstLine` of `source`. Returns nil, with a diagnostic,
    /// when it is not a YAML mapping.
    public init?(yaml: String, firstLine: Int, source: SourceText, diagnostics: inout [Diagnostic]) {
        self.init(yaml: yaml, firstLine: firstLine, source: source, diagnostics: &diagnostics, events: true)
    }

    /// Parses `yaml` through libyaml's events (`YAMLEventComposer`), or through Yams when `events` is false or the
    /// composer leaves it to Yams: both give the same fields and diagnostics.
    init?(yaml: String, firstLine: Int, source: SourceText, diagnostics: inout [Diagnostic], events: Bool) {
        guard let root = (events ? YAMLEventComposer.compose(yaml, maximumNodes: Self.maximumNodes) : nil)
            ?? Self.composeWithYams(yaml: yaml, firstLine: firstLine, source: source, diagnostics: &diagnostics),
            let pairs = root.pairs
        else { return nil }
        self.init(mapping: pairs, source: source, lineOffset: firstLine - 1)
    }

    private init(mapping: [(key: YAMLNode, value: YAMLNode)], source: SourceText, lineOffset: Int) {
        self.source = source
        self.lineOffset = lineOffset
        for (key, value) in mapping {
            guard let name = key.text else { continue }
            values[name] = value
            keyMarks[name] = (key.line + lineOffset, key.column)
        }
    }

    /// The root mapping of `yaml` as Yams composes it, or nil with a diagnostic when it is not a mapping.
    private static func composeWithYams(yaml: String, firstLine: Int, source: SourceText, diagnostics: inout [Diagnostic]) -> YAMLNode? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            diagnostics.append(Self.diagnostic(for: error, yaml: yaml, source: source, lineOffset: firstLine - 1))
            return nil
        }
        guard let node, node.mapping != nil else {
            diagnostics.append(source.error(
                node == nil ? "empty front matter: it needs at least `title` and `date`" : "front matter must be a mapping of `key: value` lines",
                line: firstLine))
            return nil
        }
        guard Self.countNodes(node, limit: Self.maximumNodes) <= Self.maximumNodes else {
            diagnostics.append(source.error("YAML too large: more than \(Self.maximumNodes) values", line: firstLine))
            return nil
        }
        return YAMLNode(node)
    }

    /// The mapping's keys, in the order they are written.
    public var keys: [String] {
        values.keys.sorted { (keyMarks[$0]?.line ?? 0, keyMarks[$0]?.column ?? 0, $0) < (keyMarks[$1]?.line ?? 0, keyMarks[$1]?.column ?? 0, $1) }
    }

    /// A nested mapping (`comments:` with keys under it), read with the same accessors; nil when absent.
    /// Its diagnostics are collected by the caller (`diagnostics` of the returned value).
    public mutating func mapping(_ key: String) -> YAMLFields? {
        read.insert(key)
        guard let value = values[key], !value.isNull else { return nil }
        guard let mapping = value.pairs else {
            error("`\(key)` must be a mapping of `key: value` lines, indented under it", at: key)
            return nil
        }
        return YAMLFields(mapping: mapping, source: source, lineOffset: lineOffset)
    }

    /// Adds diagnostics found in a nested mapping (see `mapping(_:)`).
    public mutating func append(_ nested: [Diagnostic]) {
        diagnostics += nested
    }

    private static func countNodes(_ node: Node, limit: Int) -> Int {
        var count = 0
        var stack = [node]
        while let current = stack.popLast(), count <= limit {
            count += 1
            switch current {
            case .mapping(let mapping): for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            default: break
            }
        }
        return count
    }

    /// Where a key's value is, or the key itself, or the start of the front matter.
    public func location(of key: String) -> (line: Int, column: Int) {
        if let value = values[key] { return (value.line + lineOffset, value.column) }
        return keyMarks[key] ?? (lineOffset + 1, 1)
    }

    /// Where a key's value is, with its line, for a later stage to report a problem there.
    public func mark(of key: String) -> SourceMark {
        let (line, column) = location(of: key)
        return source.mark(line: line, column: column)
    }

    public mutating func error(_ message: String, at key: String) {
        let (line, column) = location(of: key)
        diagnostics.append(source.error(message, line: line, column: column))
    }

    public mutating func warning(_ message: String, at key: String) {
        let (line, column) = location(of: key)
        diagnostics.append(source.warning(message, line: line, column: column))
    }

    public func has(_ key: String) -> Bool {
        guard let value = values[key] else { return false }
        return !value.isNull
    }

    /// A text value. Any scalar is read as the text written (`title: 2024` is "2024").
    public mutating func string(_ key: String) -> String? {
        read.insert(key)
        guard let value = values[key], !value.isNull else { return nil }
        guard let text = value.text else {
            error("`\(key)` must be a text, not a \(value.pairs != nil ? "mapping" : "list")", at: key)
            return nil
        }
        return text
    }

    /// A non-empty text value; reports it when missing.
    public mutating func requiredString(_ key: String, what: String) -> String? {
        guard let text = string(key)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            if values[key] == nil || values[key]?.isNull == true || values[key]?.text != nil {
                error("missing `\(key)`: \(what)", at: key)
            }
            return nil
        }
        return text
    }

    public mutating func bool(_ key: String) -> Bool? {
        read.insert(key)
        guard let value = values[key], !value.isNull else { return nil }
        guard let bool = value.bool else {
            error("`\(key)` must be true or false", at: key)
            return nil
        }
        return bool
    }

    public mutating func int(_ key: String, range: ClosedRange<Int>) -> Int? {
        read.insert(key)
        guard let value = values[key], !value.isNull else { return nil }
        guard let int = value.int, range.contains(int) else {
            error("`\(key)` must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: key)
            return nil
        }
        return int
    }

    /// A list of texts; a single text counts as a list of one.
    public mutating func stringList(_ key: String) -> [String] {
        read.insert(key)
        guard let value = values[key], !value.isNull else { return [] }
        if let text = value.text { return [text] }
        guard let sequence = value.items else {
            error("`\(key)` must be a list, such as `[a, b]`", at: key)
            return []
        }
        var items: [String] = []
        for item in sequence {
            if let text = item.text {
                items.append(text)
            } else {
                diagnostics.append(source.error("each item of `\(key)` must be a text", line: item.line + lineOffset, column: item.column))
            }
        }
        return items
    }

    /// Warns when `key` is a single unquoted text with commas (`tags: Santé, Hiver`), which YAML reads as one
    /// item: the writer surely meant a list, which is written `[Santé, Hiver]`.
    public mutating func warnAboutCommaSeparatedText(_ key: String, item: String) {
        guard let value = values[key], value.isPlain, let text = value.text, text.contains(",") else { return }
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard items.count > 1 else { return }
        let (line, column) = location(of: key)
        diagnostics.append(source.warning(
            "`\(key)` is one text, so this is one \(item), `\(text)`: for \(items.count) \(item)s, write a list, "
                + "`\(key): [\(items.joined(separator: ", "))]`",
            line: line, column: column, code: .commaSeparatedText))
    }

    /// A list of texts, each with where it is written; a single text counts as a list of one.
    public mutating func locatedStringList(_ key: String) -> [(text: String, line: Int, column: Int)] {
        let texts = stringList(key)
        let marks: [(line: Int, column: Int)] = values[key]?.items.map { sequence in
            sequence.filter { $0.text != nil }.map { item in (item.line + lineOffset, item.column) }
        } ?? texts.map { _ in location(of: key) }
        return zip(texts, marks).map { ($0, $1.line, $1.column) }
    }

    /// A list of mappings, each read with `YAMLFields`-like access through `body`.
    public mutating func mappingList(_ key: String) -> [[String: String]] {
        read.insert(key)
        guard let value = values[key], !value.isNull else { return [] }
        guard let sequence = value.items else {
            error("`\(key)` must be a list", at: key)
            return []
        }
        return sequence.compactMap { item in
            guard let mapping = item.pairs else {
                diagnostics.append(source.error("each item of `\(key)` must be a mapping", line: item.line + lineOffset, column: item.column))
                return nil
            }
            var entry: [String: String] = [:]
            for (itemKey, itemValue) in mapping {
                if let name = itemKey.text, let text = itemValue.text { entry[name] = text }
            }
            return entry
        }
    }

    /// A list whose items are texts or mappings; a mapping's values are texts or lists of texts.
    /// An item that is a text becomes `["": [text]]`.
    public mutating func flexibleList(_ key: String) -> [[String: [String]]] {
        read.insert(key)
        guard let value = values[key], !value.isNull else { return [] }
        guard let sequence = value.items else {
            error("`\(key)` must be a list", at: key)
            return []
        }
        return sequence.compactMap { item in
            if let text = item.text { return ["": [text]] }
            guard let mapping = item.pairs else { return nil }
            var entry: [String: [String]] = [:]
            for (itemKey, itemValue) in mapping {
                guard let name = itemKey.text else { continue }
                if let text = itemValue.text {
                    entry[name] = [text]
                } else if let list = itemValue.items {
                    entry[name] = list.compactMap(\.text)
                }
            }
            return entry
        }
    }

    /// Warns about keys that were never read: usually a typo (`titel:`), then the known key meant is suggested.
    public mutating func warnAboutUnknownKeys(known: Set<String>) {
        for key in values.keys.sorted() where !known.contains(key) && !read.contains(key) {
            let suggestion = DidYouMean.phrase(for: key, among: known.union(read)).map { "; \($0)" } ?? ""
            let (line, column) = keyMarks[key] ?? location(of: key)
            diagnostics.append(source.warning("unknown key `\(key)`, ignored\(suggestion)", line: line, column: column))
        }
    }
}
