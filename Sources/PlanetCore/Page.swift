/// A standalone page: `pages/<name>.md`, published at `/<name>/`.
public struct Page: Sendable, Hashable {
    public var name: String
    public var title: String
    public var contentHTML: String
    /// Plain-text description: the `summary` field or the first paragraph.
    public var summary: String
    /// Order in the navigation (lower first, then by title).
    public var weight: Int
    public var sourcePath: String
    /// Old addresses of the page (`aliases:`), each published as a redirect page.
    public var aliases: [Alias]

    public init(name: String, title: String, contentHTML: String, summary: String = "", weight: Int = 0, sourcePath: String, aliases: [Alias] = []) {
        self.name = name
        self.title = title
        self.contentHTML = contentHTML
        self.summary = summary
        self.weight = weight
        self.sourcePath = sourcePath
        self.aliases = aliases
    }

    public var path: String { "/\(name)/" }
}
