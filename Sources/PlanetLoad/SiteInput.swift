/// Everything the build reads from a site folder, as values. Every list is sorted by path.
public struct SiteInput: Sendable, Equatable {
    /// `planet.yaml`, nil when missing.
    public var config: SourceFile?
    /// `tags.yaml`: old addresses of tag pages; nil when the site has none.
    public var tagSettings: SourceFile?
    public var authors: [AuthorFolder]
    /// `comments/<author>/<post>/<id>.md`.
    public var comments: [SourceFile]
    /// `pages/<name>.md`.
    public var pages: [SourceFile]
    /// `letters/<week>.yaml`: the weekly letters `planet letter` recorded.
    public var letters: [SourceFile] = []
    /// Paths relative to `static/`.
    public var staticFiles: [String]
    /// Files under `themes/`: path relative to `themes/` → bytes.
    public var themeFiles: [String: SourceFile]
    /// Files of members' folders that may be published, with their bytes: the files beside `author.yaml`
    /// (the avatar...), the files of post folders but `index.md`, and the images `planet fetch` copied.
    /// Their content decides whether and how they are published.
    public var memberFiles: [SourceFile] = []
    /// The feed cache that `planet fetch` fills: `.planet/feeds/<author>/<feed>.json`.
    public var feedCaches: [SourceFile] = []
    /// Images copied by `planet fetch`: `.planet/feeds/<author>/images/<file>` (outside entries') and
    /// `.planet/feeds/<author>/avatars/<file>` (replies' authors'), paths relative to the site.
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
