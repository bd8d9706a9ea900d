/// The result of rendering one Markdown text.
public struct MarkdownRendering: Sendable, Hashable {
    /// CommonMark's HTML. Unsanitized for `.member` texts.
    public var html: String
    /// The first top-level paragraph as plain text, whitespace collapsed; nil when there is none.
    public var firstParagraph: String?

    public init(html: String, firstParagraph: String?) {
        self.html = html
        self.firstParagraph = firstParagraph
    }
}
