import PlanetCore
import PlanetXML

/// The HTML of every post and comment with its URLs made absolute, resolved once per build and
/// shared by every feed that carries it.
struct FeedContent: Sendable {
    /// By post index.
    let posts: [String]
    /// By post path, then in the order of `site.commentsByPost`.
    let comments: [String: [String]]

    init(site: Site) {
        let config = site.config
        posts = site.posts.parallelMap { HTMLURLResolver.resolve($0.contentHTML, against: config.absoluteURL($0.path)) }
        let threads = site.commentsByPost.sorted { codePointOrder($0.key, $1.key) }
        let resolved = threads.parallelMap { path, comments in
            comments.map { HTMLURLResolver.resolve($0.contentHTML, against: config.absoluteURL(path)) }
        }
        comments = Dictionary(uniqueKeysWithValues: zip(threads.map(\.key), resolved))
    }
}
