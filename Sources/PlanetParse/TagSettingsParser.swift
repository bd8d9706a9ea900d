import PlanetCore
import PlanetLoad

/// Reads `tags.yaml`: each key is a tag (any spelling of it), each value the list of old addresses of its page, checked
/// as aliases are (`Santé: [/category/sante/, /tag/sante/]`).
public enum TagSettingsParser {
    public static func parse(_ file: SourceFile?) -> ([TagAlias], [Diagnostic]) {
        guard let file else { return ([], []) }
        let source: SourceText
        switch TextDecoding.decode(path: file.path, bytes: file.bytes) {
        case .success(let text): source = text
        case .failure(let diagnostic): return ([], [diagnostic])
        }
        guard !source.text.allSatisfy(\.isWhitespace) else { return ([], []) }
        var diagnostics: [Diagnostic] = []
        guard var fields = YAMLFields(yaml: source.text, firstLine: 1, source: source, diagnostics: &diagnostics) else {
            return ([], diagnostics)
        }
        var aliases: [TagAlias] = []
        for tag in fields.keys {
            for (path, line, column) in fields.locatedStringList(tag) {
                let trimmed = path.trimmingCharacters(in: .whitespaces)
                if let problem = Alias.problem(with: trimmed) {
                    diagnostics.append(source.error("invalid alias `\(trimmed)`: \(problem)", line: line, column: column))
                } else {
                    aliases.append(TagAlias(tag: tag, alias: Alias(path: trimmed, line: line, column: column), sourcePath: file.path))
                }
            }
        }
        return (aliases, diagnostics + fields.diagnostics)
    }
}
