/// A category or a tag of the old blog, with the slug of its archive page (`/category/<slug>/`, `/tag/<slug>/`).
public struct ImportedTerm: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case category
        case tag
    }

    public var kind: Kind
    public var name: String
    public var slug: String

    public init(kind: Kind, name: String, slug: String) {
        self.kind = kind
        self.name = name
        self.slug = slug
    }
}
