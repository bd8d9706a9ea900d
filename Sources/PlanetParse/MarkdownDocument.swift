import Foundation
import PlanetCore
import PlanetLoad
import PlanetMarkdown

/// A Markdown file with front matter, decoded and split: the common first step for posts, comments and pages.
struct MarkdownDocument {
    var source: SourceText
    var fields: YAMLFields
    var body: String
    /// Line of the file where the body starts.
    var bodyFirstLine: Int
    /// Problems found in `aliases`, besides those of `fields`.
    var diagnosticsOfAliases: [Diagnostic] = []

    /// Reads `file`, or returns nil with the diagnostics that explain why it cannot be used.
    static func read(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> MarkdownDocument? {
        let source: SourceText
        switch TextDecoding.decode(path: file.path, bytes: file.bytes) {
        case .success(let text): source = text
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let frontMatter: FrontMatter
        switch FrontMatter.split(source) {
        case .success(let split): frontMatter = split
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        guard let fields = YAMLFields(
            yaml: frontMatter.yaml, firstLine: frontMatter.yamlFirstLine, source: source, diagnostics: &diagnostics)
        else { return nil }
        return MarkdownDocument(source: source, fields: fields, body: frontMatter.body, bodyFirstLine: frontMatter.bodyFirstLine)
    }

    /// An error at each heading whose `{#id}` another heading of the text already set, or footnotes use. One the theme
    /// uses (`main`, `comments`) is moved by the sanitizer instead, as any id of the content.
    func headingIDErrors(_ ids: [HeadingID]) -> [Diagnostic] {
        var first: [String: Int] = [:]
        var errors: [Diagnostic] = []
        for heading in ids {
            let line = bodyFirstLine + heading.line - 1
            let bytesBefore = (source.line(line) ?? "").utf8.prefix(max(heading.column - 1, 0))
            let column = String(decoding: bytesBefore, as: UTF8.self).unicodeScalars.count + 1
            if let earlier = first[heading.id] {
                errors.append(source.error("the heading id `\(heading.id)` is used twice: a heading at line \(earlier) has it already", line: line, column: column))
            } else if heading.id.hasPrefix("fn-") || heading.id.hasPrefix("fnref-") {
                errors.append(source.error("the heading id `\(heading.id)` is one of footnotes: choose another", line: line, column: column))
            } else {
                first[heading.id] = line
            }
        }
        return errors
    }

    /// The `aliases` field: old site paths of the text, each checked by `Alias.problem(with:)` and reported where written.
    mutating func aliases() -> [Alias] {
        var aliases: [Alias] = []
        for (text, line, column) in fields.locatedStringList("aliases") {
            let path = text.trimmingCharacters(in: .whitespaces)
            if let problem = Alias.problem(with: path) {
                diagnosticsOfAliases.append(source.error("invalid alias `\(path)`: \(problem)", line: line, column: column))
            } else {
                aliases.append(Alias(path: path, line: line, column: column))
            }
        }
        return aliases
    }

    /// Reads a date field, reporting a malformed or impossible date at its value.
    mutating func date(_ key: String, in config: SiteConfig, required: Bool) -> Date? {
        guard let text = fields.string(key) else {
            if required { fields.error("missing `\(key)`: when it was written, such as `2012-10-03` or `2012-10-03 09:15`", at: key) }
            return nil
        }
        switch DateParser.parse(text, timeZone: config.timeZone) {
        case .success(let date): return date
        case .failure(let failure):
            fields.error("invalid date `\(text)`: \(failure.message)", at: key)
            return nil
        }
    }
}
