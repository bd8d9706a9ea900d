/// Everything the build reads from a site folder, as values. Every list is sorted by path.
public struct SiteInput: Sendable, Equatable {
    /// `planet.yaml`, nil when missing.
    public var config: SourceFile?
    public var authors: [AuthorFolder]
    /// `comments/<author>/<post>/<id>.md`.
    public var comments: [SourceFile]
    /// `pages/<name>.md`.
    public var pages: [SourceFile]
    /// Paths relative to `static/`.
    public var staticFiles: [String]
    /// Files under `themes/`: path relative to `themes/` → bytes.
    public var themeFiles: [String: SourceFile]
    /// SVG images in members' folders (avatars, bundle files): checked, since a browser runs an SVG's scripts
    /// when it is opened directly.
    public var memberSVGs: [SourceFile] = []
    /// The feed cache that `planet fetch` fills: `.planet/feeds/<author>/<feed>.json`.
    public var feedCaches: [SourceFile] = []
    /// Images copied by `planet fetch`: `.planet/feeds/<author>/images/<file>`, paths relative to the site.
    public var feedImages: [String] = []

    public init(config: SourceFile?, authors: [AuthorFolder] = [], comments: [SourceFile] = [], pages: [SourceFile] = [],
                staticFiles: [String] = [], themeFiles: [String: SourceFile] = [:]) {
        self.config = config
        self.authors = authors
        self.comments = comments
        self.pages = pages
        self.staticFiles = staticFiles
        self.themeFiles = themeFiles
    }
}
