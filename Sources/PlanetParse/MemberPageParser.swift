import Foundation
import PlanetCore
import PlanetLoad
import PlanetMarkdown
import PlanetXML

/// Reads a member's own page, `authors/<id>/pages/<slug>.md` (or a folder with `index.md` and its files), published at
/// `/<id>/<slug>/` with its comments: a post of the member's that no list of posts shows, so it has no date and no tags.
public enum MemberPageParser {
    static let knownKeys: Set<String> = ["title", "summary", "slug", "draft", "comments", "aliases", "discussion"]

    /// `images` are the published files of the page's folder, by path in the folder (see `PostParser.parse`).
    public static func parse(
        _ page: PostSource, authorID: String, config: SiteConfig, images: [String: PublishedFile] = [:]
    ) -> (Post?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard var document = MarkdownDocument.read(page.file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let title = document.fields.requiredString("title", what: "the page's title")
        let slug = PostParser.slug(for: page.file.path, document: &document)
        let draft = document.fields.bool("draft") ?? false
        let commentsOpen = document.fields.bool("comments") ?? true
        let givenSummary = document.fields.string("summary").map(PostParser.collapsingWhitespace)
        let aliases = document.aliases()
        let discussions = document.discussions()
        document.fields.warnAboutUnknownKeys(known: knownKeys)
        diagnostics += document.fields.diagnostics + document.diagnosticsOfAliases
        guard let title, let slug, !diagnostics.hasErrors else { return (nil, diagnostics) }

        let rendering = MarkdownRenderer.render(document.body, trust: .member, hashtags: false)
        let headingErrors = document.headingIDErrors(rendering.headingIDs)
        guard headingErrors.isEmpty else { return (nil, diagnostics + headingErrors) }
        diagnostics += document.warnings(for: rendering.notices)
        let html = HTMLImages.sized(
            HTMLSanitizer.sanitize(rendering.html, options: .init(
                addHeadingIDs: true, localHost: config.host, frenchSpacing: Typography.isFrench(config.language),
                footnoteScope: StableHash.hex(page.file.path))),
            sizes: images.filter { $0.value.width > 0 }.mapValues { ($0.width, $0.height) })
        let summary = givenSummary.flatMap { $0.isEmpty ? nil : Typography.apostrophes($0) }
            ?? SummaryText.shortened(rendering.firstParagraph ?? "")
        let result = Post(
            authorID: authorID, slug: slug, title: Typography.apostrophes(title), date: Date(timeIntervalSince1970: 0), summary: summary,
            contentHTML: html, isDraft: draft, commentsOpen: commentsOpen, sourcePath: page.file.path, bundleFiles: page.bundleFiles,
            aliases: aliases, discussions: discussions)
        return (result, diagnostics)
    }
}
