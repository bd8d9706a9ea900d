/// The result of rendering one Markdown text.
public struct MarkdownRendering: Sendable, Hashable {
    /// cmark-gfm's HTML. Unsanitized for `.member` texts.
    public var html: String
    /// The first top-level paragraph as plain text, whitespace collapsed; nil when there is none.
    public var firstParagraph: String?
    /// The hashtags of the text's prose, as written and in order (see `HashtagLinking`).
    public var hashtags: [String]
    /// The ids set by headings' `{#id}` blocks, in order, with where each heading starts.
    public var headingIDs: [HeadingID]
    /// What a member's text holds that planet cannot publish as written (see `ForeignSyntax`), in order.
    public var notices: [MarkdownNotice]

    public init(html: String, firstParagraph: String?, hashtags: [String] = [], headingIDs: [HeadingID] = [], notices: [MarkdownNotice] = []) {
        self.html = html
        self.firstParagraph = firstParagraph
        self.hashtags = hashtags
        self.headingIDs = headingIDs
        self.notices = notices
    }
}
