import Foundation
import PlanetParse
import PlanetXML

/// What a mention shows of its source page, as plain text: who wrote it, its title, and an excerpt. From the
/// page's first `h-entry` when it has one (`p-author`'s name, `p-name`, `p-summary` or else `e-content`), else
/// from its `<title>` and first paragraph; the author is the source's host when the page names nobody (or gives a
/// name that `CommentAuthorName` refuses).
public struct MentionExcerpt: Sendable, Hashable {
    public var author: String
    public var title: String?
    public var text: String

    /// The longest excerpt, in characters, before "…".
    public static let maximumText = 500
    public static let maximumTitle = 200
    public static let maximumAuthor = 80

    public init(author: String, title: String?, text: String) {
        self.author = author
        self.title = title
        self.text = text
    }

    public init(page: HTMLPageSummary, host: String) {
        let entry = page.entry
        let name = Self.truncated(Self.clean(entry?.authorName ?? ""), to: Self.maximumAuthor)
        author = name.isEmpty || CommentAuthorName.problem(of: name) != nil ? Self.truncated(host, to: Self.maximumAuthor) : name
        let title = Self.clean(entry?.name ?? page.title)
        self.title = title.isEmpty ? nil : Self.truncated(title, to: Self.maximumTitle)
        let text = entry.map { $0.summary ?? $0.content ?? "" } ?? page.firstParagraph
        self.text = Self.truncated(Self.clean(text), to: Self.maximumText)
    }

    /// NFC, control characters removed, white space collapsed.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            scalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
        }
        return String(scalars).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text` cut to `limit` characters at a word boundary (or in the word when the last boundary is far), with "…".
    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit)
        let cut = head.lastIndex(of: " ").flatMap { head.distance(from: head.startIndex, to: $0) >= limit / 2 ? $0 : nil }
        var kept = String(cut.map { head[..<$0] } ?? head)
        while let last = kept.last, last.isWhitespace || last.isPunctuation && last != ")" { kept.removeLast() }
        return kept + "…"
    }
}
