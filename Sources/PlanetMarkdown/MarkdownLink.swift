/// A link, an image or a piece of raw HTML found in a Markdown text, where it starts.
public struct MarkdownLink: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case link
        case image
        /// Raw HTML (a block or an inline tag): `destination` holds the HTML, to be scanned for URLs.
        case html
    }

    public var kind: Kind
    /// The URL as written, or the raw HTML.
    public var destination: String
    /// 1-based line in the Markdown text.
    public var line: Int
    /// 1-based column in that line, counted in UTF-8 bytes as cmark-gfm counts.
    public var byteColumn: Int

    public init(kind: Kind, destination: String, line: Int, byteColumn: Int) {
        self.kind = kind
        self.destination = destination
        self.line = line
        self.byteColumn = byteColumn
    }
}
