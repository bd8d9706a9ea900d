/// The blog engines `planet import` reads.
public enum ImportEngine: String, Sendable, Hashable, CaseIterable {
    case wordpress
    case blogger
    case dotclear
}
