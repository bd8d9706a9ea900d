import PlanetCore

/// A text file split into its YAML front matter (between `---` lines) and its Markdown body.
public struct FrontMatter: Sendable, Hashable {
    public var yaml: String
    /// Line of the file where the YAML starts (the line after the opening `---`).
    public var yamlFirstLine: Int
    public var body: String

    public init(yaml: String, yamlFirstLine: Int, body: String) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
    }

    /// Splits `source`, or explains where the front matter is missing or unclosed.
    public static func split(_ source: SourceText) -> Result<FrontMatter, Diagnostic> {
        var lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let opening = lines.first, isDelimiter(opening, allowingDots: false) else {
            return .failure(source.error("missing front matter: the file must start with a `---` line, then YAML such as `title: ...`, then `---`"))
        }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { isDelimiter($0, allowingDots: true) }) else {
            return .failure(source.error("front matter is not closed: add a `---` line after it"))
        }
        let yaml = lines[lines.startIndex..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body))
    }

    private static func isDelimiter(_ line: Substring, allowingDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed = trimmed.dropLast() }
        return trimmed == "---" || (allowingDots && trimmed == "...")
    }
}
