import PlanetCore
import Yams

extension YAMLFields {
    /// The YAML reader's error as a diagnostic. Something opened and never closed (a quote, `[`, `{`) or a line
    /// that is not `key: value` is reported where it starts, which the reader gives as the error's context,
    /// with where the reader gave up; other errors are reported where the reader found them.
    static func diagnostic(for error: Error, yaml: String, source: SourceText, lineOffset: Int) -> Diagnostic {
        switch error {
        case let YamlError.scanner(context?, problem, mark, _), let YamlError.parser(context?, problem, mark, _):
            let start = (line: context.mark.line + lineOffset, column: context.mark.column)
            if let what = unclosed(context: context.text, problem: problem, at: start, in: source) {
                let found = (line: mark.line + lineOffset, column: mark.column)
                let stop = whereReadingStopped(problem: problem, at: found, yaml: yaml, lineOffset: lineOffset)
                return source.error("invalid YAML: \(what) (\(stop))", line: start.line, column: start.column)
            }
            return located(problem: problem, context: context, at: mark, source: source, lineOffset: lineOffset)
        case let YamlError.scanner(nil, problem, mark, _), let YamlError.parser(nil, problem, mark, _),
             let YamlError.composer(nil, problem, mark, _):
            return source.error("invalid YAML: \(problem)", line: mark.line + lineOffset, column: mark.column)
        case let YamlError.composer(context?, problem, mark, _):
            return located(problem: problem, context: context, at: mark, source: source, lineOffset: lineOffset)
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            return source.error("invalid YAML: duplicate key \(duplicates.joined(separator: ", "))",
                                line: context.mark.line + lineOffset, column: context.mark.column)
        case let YamlError.reader(problem, _, _, _):
            return source.error("invalid YAML: \(problem)", line: lineOffset + 1)
        default:
            return source.error("invalid YAML: \(error)", line: lineOffset + 1)
        }
    }

    /// An error reported where the reader found it, with where its context starts when that is another line.
    private static func located(problem: String, context: YamlError.Context, at mark: Mark, source: SourceText, lineOffset: Int) -> Diagnostic {
        let start = context.mark.line + lineOffset
        let detail = start == mark.line + lineOffset ? "\(problem) \(context.text)"
            : "\(problem) \(context.text) that starts at line \(start), column \(context.mark.column)"
        return source.error("invalid YAML: \(detail)", line: mark.line + lineOffset, column: mark.column)
    }

    /// Where the reader gave up, said as the end of the front matter or file when it reached it.
    private static func whereReadingStopped(problem: String, at found: (line: Int, column: Int), yaml: String, lineOffset: Int) -> String {
        let breaks = yaml.utf8.count { $0 == UInt8(ascii: "\n") }
        let lastLine = lineOffset + (yaml.utf8.last == UInt8(ascii: "\n") ? breaks : breaks + 1)
        if problem == "found unexpected document indicator" {
            return "the `---` at line \(found.line) ends the document first"
        }
        guard problem == "found unexpected end of stream" || found.line > lastLine else {
            return "the YAML reader gave up at line \(found.line), column \(found.column)"
        }
        return lineOffset > 0 ? "the front matter ends at line \(lastLine + 1)" : "the file ends at line \(lastLine)"
    }

    /// What was left open at `start`, in the author's words, or nil for other errors.
    private static func unclosed(context: String, problem: String, at start: (line: Int, column: Int), in source: SourceText) -> String? {
        switch (context, problem) {
        case ("while scanning a quoted scalar", "found unexpected end of stream"),
             ("while scanning a quoted scalar", "found unexpected document indicator"):
            let opening = source.line(start.line).flatMap { $0.unicodeScalars.dropFirst(start.column - 1).first }
            return "this quoted value is never closed: add the closing `\(opening == "'" ? "'" : "\"")`"
        case ("while parsing a flow sequence", "did not find expected ',' or ']'"):
            return "this list is never closed: add the closing `]`"
        case ("while parsing a flow mapping", "did not find expected ',' or '}'"):
            return "this mapping is never closed: add the closing `}`"
        case ("while scanning a simple key", "could not find expected ':'"):
            return "this line is neither `key: value` nor a list item `- value`"
        default:
            return nil
        }
    }
}
