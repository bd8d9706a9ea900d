import PlanetCore
import PlanetMarkdown

extension MarkdownDocument {
    /// A warning for each notice of the rendered body (see `MarkdownNotice`), at the column where its text is written,
    /// with what to do.
    func warnings(for notices: [MarkdownNotice]) -> [Diagnostic] {
        var taken: Set<SourceLocation> = []
        return notices.map { notice in
            var location = source.location(line: bodyFirstLine + notice.line - 1)
            let candidates = Array(notice.line...max(notice.line, notice.blockLines.upperBound)) + Array(notice.blockLines.lowerBound..<notice.line)
            search: for line in candidates.map({ bodyFirstLine + $0 - 1 }) {
                guard let text = source.line(line) else { continue }
                var rest = text[...]
                while let range = rest.range(of: notice.text, options: .caseInsensitive) {
                    let column = text[..<range.lowerBound].unicodeScalars.count + 1
                    let found = source.location(line: line, column: column)
                    rest = text[range.upperBound...]
                    if taken.insert(found).inserted {
                        location = found
                        break search
                    }
                }
            }
            var warning = source.warning(Self.message(for: notice), line: location.line, column: location.column)
            warning.code = Self.code(for: notice.kind).rawValue
            return warning
        }
    }

    static func message(for notice: MarkdownNotice) -> String {
        switch notice.kind {
        case .embeddedPlayer:
            let name = notice.text.dropFirst().lowercased()
            return "an embedded player (`<\(name)>`) is not published, as pages load nothing from other sites: it becomes a link to what it "
                + "played, if that is a web address; write that link yourself to choose its words, such as `[La vidéo](https://…)`"
        case .shortcode:
            return "`\(notice.text)` is another engine's shortcode (Liquid, Nunjucks), which planet does not run: it shows as text; "
                + "write what it stood for instead, such as a link or an image"
        case .containerFence:
            return "`\(notice.text)` is a markdown-it container line, which planet does not read: it is left out and the text around it "
                + "kept; remove the `:::` lines"
        case .attributeList:
            return "`\(notice.text)` is an attribute list, which planet does not read: it is left out; remove it (only a heading's "
                + "`{#id}` is read)"
        }
    }

    static func code(for kind: MarkdownNotice.Kind) -> DiagnosticCode {
        switch kind {
        case .embeddedPlayer: .embeddedPlayer
        case .shortcode: .foreignShortcode
        case .containerFence: .foreignContainer
        case .attributeList: .foreignAttributeList
        }
    }
}
