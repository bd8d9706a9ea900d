import PlanetCore

/// A broken link: its diagnostic, and the site path it leads to, so that `--changed-since` can tell which
/// changed page a link depends on.
public struct LinkFinding: Sendable, Hashable {
    public var diagnostic: Diagnostic
    /// The site path the link resolves to (`/alice/mon-billet/`), nil when it leads outside the site.
    public var targetPath: String?

    public init(diagnostic: Diagnostic, targetPath: String?) {
        self.diagnostic = diagnostic
        self.targetPath = targetPath
    }
}
