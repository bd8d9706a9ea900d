/// `site`: the site's title and addresses, and the navigation to its standalone pages.
struct SiteValues: Encodable, Hashable, Sendable {
    var title: String
    var description: String
    var baseURL: String
    /// What the theme's links start with: the path of `base_url` on the site's pages, all of `base_url` on pages
    /// served from another origin (the intake's).
    var root: String
    var feedURL: String
    var menu: [MenuItem]
    /// The CSP's `form-action` sources (`CommentFormValues.formAction`).
    var formAction: String
    /// Where webmentions go; empty without an intake.
    var webmentionURL: String
    /// The origin of `base_url` on pages served from another origin, which their CSP lets the site's stylesheet,
    /// images and fonts load from; empty on the site's own pages.
    var assetOrigin: String
    /// The search page of `search:` (`<intake>/search`), which the header's form sends its query to; nil without `search:`.
    var searchURL: String?
    /// The date archives, linked from the header.
    var archivesURL: String
}
