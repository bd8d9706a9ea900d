import Foundation

/// What decides which content is published.
public struct SiteBuilderOptions: Sendable {
    /// Publish drafts and posts dated in the future too (`--drafts`).
    public var includeDrafts: Bool
    /// The moment that separates past posts from future ones. The only clock the build reads;
    /// it never reaches the output.
    public var now: Date
    /// Top-level names the theme's own files take (`css`, `favicon.svg`...), which no member or page may use.
    public var themeNames: Set<String>

    public init(includeDrafts: Bool = false, now: Date, themeNames: Set<String> = []) {
        self.includeDrafts = includeDrafts
        self.now = now
        self.themeNames = themeNames
    }
}
