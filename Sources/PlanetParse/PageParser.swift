import Foundation
import PlanetCore
import PlanetLoad
import PlanetMarkdown
import PlanetXML

/// Reads a standalone page `pages/<name>.md`.
public enum PageParser {
    static let knownKeys: Set<String> = ["title", "summary", "weight", "aliases"]

    public static func parse(_ file: SourceFile, config: SiteConfig) -> (Page?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let fileName = String((file.path as NSString).lastPathComponent.dropLast(3))
        let name = Slug.make(fileName)
        guard !name.isEmpty else {
            return (nil, [.error("cannot make a URL from the file name `\(fileName)`", at: SourceLocation(path: file.path))])
        }
        guard var document = MarkdownDocument.read(file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let title = document.fields.requiredString("title", what: "the page's title")
        let summary = document.fields.string("summary").map(PostParser.collapsingWhitespace)
        let weight = document.fields.int("weight", range: -10_000...10_000) ?? 0
        let aliases = document.aliases()
        document.fields.warnAboutUnknownKeys(known: knownKeys)
        diagnostics += document.fields.diagnostics + document.diagnosticsOfAliases
        guard let title, !diagnostics.hasErrors else { return (nil, diagnostics) }
        let rendering = MarkdownRenderer.render(document.body, trust: .member, hashtags: false)
        let headingErrors = document.headingIDErrors(rendering.headingIDs)
        guard headingErrors.isEmpty else { return (nil, diagnostics + headingErrors) }
        diagnostics += document.warnings(for: rendering.notices)
        let html = HTMLSanitizer.sanitize(rendering.html, options: .init(
            addHeadingIDs: true, localHost: config.host, frenchSpacing: Typography.isFrench(config.language),
            footnoteScope: StableHash.hex(file.path)))
        let page = Page(
            name: name, title: Typography.apostrophes(title), contentHTML: html,
            summary: summary.map(Typography.apostrophes) ?? SummaryText.shortened(rendering.firstParagraph ?? ""), weight: weight, sourcePath: file.path, aliases: aliases)
        return (page, diagnostics)
    }
}
