import PlanetCore
import PlanetXML

/// The HTML of posts with their URLs made absolute, resolved once per build for the feeds that are
/// written, and shared by every feed that carries it. (A comment is in at most two feeds, its post's
/// and the site's: its HTML is resolved by the feed that writes it, and never held for long.)
struct FeedContent: Sendable {
    /// By post index.
    let posts: [Int: String]

    init(site: Site, posts postIndices: Set<Int>) {
        let config = site.config
        let indices = postIndices.sorted()
        let resolvedPosts = indices.parallelMap { index in
            HTMLURLResolver.resolve(site.posts[index].contentHTML, against: config.absoluteURL(site.posts[index].path))
        }
        posts = Dictionary(uniqueKeysWithValues: zip(indices, resolvedPosts))
    }

    /// A comment's HTML with its URLs made absolute against its post's address.
    static func comment(_ comment: Comment, postPath: String, config: SiteConfig) -> String {
        HTMLURLResolver.resolve(comment.contentHTML, against: config.absoluteURL(postPath))
    }
}
