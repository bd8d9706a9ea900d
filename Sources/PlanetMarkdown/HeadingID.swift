/// An id that a Markdown heading sets with `{#id}`, and where the heading starts.
public struct HeadingID: Sendable, Hashable {
    public var id: String
    /// 1-based line in the Markdown text.
    public var line: Int
    /// 1-based column in that line, in UTF-8 bytes.
    public var column: Int

    public init(id: String, line: Int, column: Int) {
        self.id = id
        self.line = line
        self.column = column
    }
}
