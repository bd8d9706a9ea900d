import Foundation
import PlanetCore
import PlanetLoad
import PlanetMarkdown
import PlanetXML

/// Reads a post file: front matter, then the Markdown body rendered and sanitized.
public enum PostParser {
    static let knownKeys: Set<String> = ["title", "date", "updated", "tags", "summary", "draft", "slug", "comments", "aliases", "discussion", "lang"]

    /// `images` are the published files of the post's folder, by path in the folder: the images among them
    /// give their size to the `<img>` elements that show them.
    public static func parse(
        _ post: PostSource, authorID: String, config: SiteConfig, images: [String: PublishedFile] = [:]
    ) -> (Post?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard var document = MarkdownDocument.read(post.file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let title = document.fields.requiredString("title", what: "the post's title")
        let date = document.date("date", in: config, required: true)
        var updated = document.date("updated", in: config, required: false)
        if updated == nil, config.gitDates, let date, let committed = post.lastCommitted,
           isLaterDay(committed, than: date, in: config.timeZone) {
            updated = committed
        }
        if let date, let updated, updated < date {
            document.fields.warning("`updated` is earlier than `date`", at: "updated")
        }
        let slug = slug(for: post.file.path, document: &document)
        document.fields.warnAboutCommaSeparatedText("tags", item: "tag")
        let tags = normalizedTags(document.fields.stringList("tags"))
        let draft = document.fields.bool("draft") ?? false
        let commentsOpen = document.fields.bool("comments") ?? true
        let givenSummary = document.fields.string("summary").map(collapsingWhitespace)
        let aliases = document.aliases()
        let discussions = document.discussions()
        let language = document.fields.string("lang")?.trimmingCharacters(in: .whitespaces)
        if let language, !language.isEmpty, !ConfigParser.isLanguageTag(language) {
            document.fields.warning("`lang` must be a BCP 47 language tag, such as `en` or `fr-CA`; the site's language is used", at: "lang")
        }
        document.fields.warnAboutUnknownKeys(known: knownKeys)
        diagnostics += document.fields.diagnostics + document.diagnosticsOfAliases
        guard let title, let date, let slug, !diagnostics.hasErrors else { return (nil, diagnostics) }

        let rendering = MarkdownRenderer.render(document.body, trust: .member)
        let headingErrors = document.headingIDErrors(rendering.headingIDs)
        guard headingErrors.isEmpty else { return (nil, diagnostics + headingErrors) }
        diagnostics += document.warnings(for: rendering.notices)
        let html = HTMLImages.sized(
            HTMLSanitizer.sanitize(rendering.html, options: .init(
                addHeadingIDs: true, localHost: config.host, frenchSpacing: Typography.isFrench(config.language),
                footnoteScope: StableHash.hex(post.file.path))),
            sizes: images.filter { $0.value.width > 0 }.mapValues { ($0.width, $0.height) })
        let summary = givenSummary.flatMap { $0.isEmpty ? nil : Typography.apostrophes($0) }
            ?? SummaryText.shortened(rendering.firstParagraph ?? "")
        let result = Post(
            authorID: authorID, slug: slug, title: Typography.apostrophes(title), date: date, updated: updated, tags: tags, summary: summary,
            contentHTML: html, hashtags: rendering.hashtags, isDraft: draft, commentsOpen: commentsOpen, sourcePath: post.file.path, bundleFiles: post.bundleFiles,
            aliases: aliases, dateMark: document.fields.mark(of: "date"), discussions: discussions,
            language: language.flatMap { !$0.isEmpty && ConfigParser.isLanguageTag($0) ? $0 : nil })
        return (result, diagnostics)
    }

    /// The `slug` field, or the file (or bundle folder) name without its date prefix, as a URL slug.
    static func slug(for path: String, document: inout MarkdownDocument) -> String? {
        if let given = document.fields.string("slug") {
            if given.contains("/") || given.contains("\\") || given.contains("..") || given.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                document.fields.error("invalid slug `\(given)`: a slug is one URL segment, without `/`, `\\` or `..`", at: "slug")
                return nil
            }
            let slug = Slug.make(given)
            if slug.isEmpty {
                document.fields.error("invalid slug `\(given)`: it needs at least one letter or digit", at: "slug")
                return nil
            }
            return slug
        }
        var name = (path as NSString).lastPathComponent
        if name == "index.md" { name = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent }
        if name.hasSuffix(".md") { name = String(name.dropLast(3)) }
        let slug = Slug.make(withoutDatePrefix(name))
        if slug.isEmpty {
            document.fields.error("cannot make a URL from the file name `\(name)`: add `slug: ...`", at: "title")
            return nil
        }
        return slug
    }

    /// Whether `date` falls on a later calendar day than `reference` in the site's time zone: a commit on the
    /// day a post is dated is its writing, not an update.
    static func isLaterDay(_ date: Date, than reference: Date, in timeZone: TimeZone) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.startOfDay(for: date) > calendar.startOfDay(for: reference)
    }

    /// `2012-10-03-mon-billet` → `mon-billet`.
    public static func withoutDatePrefix(_ name: String) -> String {
        let bytes = Array(name.utf8)
        let pattern = "dddd-dd-dd-".utf8
        guard bytes.count > pattern.count else { return name }
        for (byte, kind) in zip(bytes, pattern) {
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            if kind == UInt8(ascii: "d") ? !isDigit : byte != kind { return name }
        }
        return String(decoding: bytes[pattern.count...], as: UTF8.self)
    }

    /// Trims, drops a leading `#`, drops empty tags and repeated spellings of one tag.
    static func normalizedTags(_ tags: [String]) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for tag in tags {
            var name = collapsingWhitespace(tag)
            if name.hasPrefix("#") { name = collapsingWhitespace(String(name.dropFirst())) }
            let key = Slug.groupingKey(name)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            result.append(name)
        }
        return result
    }

    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
