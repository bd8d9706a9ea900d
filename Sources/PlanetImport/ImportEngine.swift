/// The blog engines `planet import` reads.
public enum ImportEngine: String, Sendable, Hashable, CaseIterable {
    case wordpress
    case blogger
    case dotclear
    /// Comments only: Disqus's export, its threads matched to the site's posts (`planet import disqus`).
    case disqus
}
