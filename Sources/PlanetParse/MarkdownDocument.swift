import Foundation
import PlanetCore
import PlanetLoad

/// A Markdown file with front matter, decoded and split: the common first step for posts, comments and pages.
struct MarkdownDocument {
    var source: SourceText
    var fields: YAMLFields
    var body: String

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
        return MarkdownDocument(source: source, fields: fields, body: frontMatter.body)
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
