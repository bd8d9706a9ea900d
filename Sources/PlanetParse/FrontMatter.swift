import PlanetCore

/// A text file split into its YAML front matter (between `---` lines) and its Markdown body.
public struct FrontMatter: Sendable, Hashable {
    public var yaml: String
    /// Line of the file where the YAML starts (the line after the opening `---`).
    public var yamlFirstLine: Int
    public var body: String
    /// Line of the file where the body starts (the line after the closing `---`).
    public var bodyFirstLine: Int

    public init(yaml: String, yamlFirstLine: Int, body: String, bodyFirstLine: Int) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// Splits `source`, or explains where the front matter is missing or unclosed.
    public static func split(_ source: SourceText) -> Result<FrontMatter, Diagnostic> {
        let bytes = source.text.utf8
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let opening = lines.first, isDelimiter(opening, allowingDots: false) else {
            return .failure(source.error("missing front matter: the file must start with a `---` line, then YAML such as `title: ...`, then `---`"))
        }
        guard let closing = lines.dropFirst().firstIndex(where: { isDelimiter($0, allowingDots: true) }) else {
            return .failure(source.error("front matter is not closed: add a `---` line after it"))
        }
        let yamlStart = bytes.index(after: opening.endIndex)
        let yaml = yamlStart < lines[closing].startIndex
            ? String(source.text[yamlStart..<bytes.index(before: lines[closing].startIndex)]) : ""
        let body = lines[closing].endIndex < bytes.endIndex ? String(source.text[bytes.index(after: lines[closing].endIndex)...]) : ""
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2))
    }

    private static func isDelimiter(_ line: Substring.UTF8View, allowingDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            trimmed = trimmed.dropLast()
        }
        return trimmed.elementsEqual("---".utf8) || (allowingDots && trimmed.elementsEqual("...".utf8))
    }
}
