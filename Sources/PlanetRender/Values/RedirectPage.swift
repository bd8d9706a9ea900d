/// The page at an old address (`SiteRenderer.redirectPage`).
struct RedirectPage: Encodable, Hashable, Sendable {
    var lang: String
    var title: String
    var url: String
}
