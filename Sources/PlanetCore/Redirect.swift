/// A page that sends readers from an old address (an `Alias`) to where a post or page is now.
public struct Redirect: Sendable, Hashable {
    /// The redirect page's file, relative to the output folder (`2019/05/06/old-title.html`, `old/index.html`).
    public var outputPath: String
    /// The site path it leads to (`/alice/mon-billet/`).
    public var target: String
    /// The title of the post or page it leads to, for the visible link.
    public var title: String

    public init(outputPath: String, target: String, title: String) {
        self.outputPath = outputPath
        self.target = target
        self.title = title
    }
}
