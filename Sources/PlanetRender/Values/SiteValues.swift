/// `site`: the site's title and addresses, and the navigation to its standalone pages.
struct SiteValues: Encodable, Hashable, Sendable {
    var title: String
    var description: String
    var baseURL: String
    var root: String
    var feedURL: String
    var menu: [MenuItem]
    /// The CSP's `form-action` sources (`CommentFormValues.formAction`).
    var formAction: String
    /// Where webmentions go; empty without an intake.
    var webmentionURL: String
}
