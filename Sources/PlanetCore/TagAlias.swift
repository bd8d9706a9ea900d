/// An old address of a tag's page (`tags.yaml`: `Santé: [/category/sante/]`), such as an imported blog's category or
/// tag archive: a redirect page sends readers on to the tag's page.
public struct TagAlias: Sendable, Hashable {
    /// The tag as written; it names the tag whose grouping key is the same.
    public var tag: String
    public var alias: Alias
    /// The file that lists it (`tags.yaml`).
    public var sourcePath: String

    public init(tag: String, alias: Alias, sourcePath: String) {
        self.tag = tag
        self.alias = alias
        self.sourcePath = sourcePath
    }
}
