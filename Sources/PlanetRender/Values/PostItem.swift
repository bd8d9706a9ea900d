/// What `partials/post-item` is rendered with, once per post, besides the site-wide values: the summary,
/// as the section `planet_post_item` (`SiteRenderer.itemKey`).
struct PostItem: Encodable, Hashable, Sendable {
    var planetPostItem: PostSummary
}
