/// `site`: the site's title and addresses, and the navigation to its standalone pages.
struct SiteValues: Encodable, Hashable, Sendable {
    var title: String
    var description: String
    var baseURL: String
    var root: String
    var feedURL: String
    var menu: [MenuItem]
}
