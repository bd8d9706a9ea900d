/// Something in a member's Markdown that planet cannot publish as written, found while rendering it: the parser of the
/// text turns each into a located warning.
public struct MarkdownNotice: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// An `<iframe>`, `<object>` or `<embed>` in raw HTML, which the sanitizer turns into a link.
        case embeddedPlayer
        /// A Liquid or Nunjucks tag (`{% youtube … %}`), shown as text.
        case shortcode
        /// A marker line of a markdown-it container (`::: lead`, `:::`), left out.
        case containerFence
        /// An attribute list after a paragraph or heading (`{.lead}`, `{: .note}`), left out.
        case attributeList
    }

    public var kind: Kind
    /// The text as written (`<iframe`, `{% youtube abc %}`, `::: lead`, `{.lead}`), to find on its line.
    public var text: String
    /// 1-based lines in the Markdown text: where it most likely is, and the first and last lines of its block.
    public var line: Int
    public var blockLines: ClosedRange<Int>

    public init(kind: Kind, text: String, line: Int, blockLines: ClosedRange<Int>) {
        self.kind = kind
        self.text = text
        self.line = line
        self.blockLines = blockLines
    }
}
