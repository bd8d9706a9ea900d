import PlanetCore
import PlanetXML

/// The HTML of posts and comments with their URLs made absolute, resolved once per build for the
/// feeds that are written, and shared by every feed that carries it.
struct FeedContent: Sendable {
    /// By post index.
    let posts: [Int: String]
    /// By post path, in the order of `site.commentsByPost`.
    let comments: [String: [String]]

    init(site: Site, posts postIndices: Set<Int>, threads: Set<String>) {
        let config = site.config
        let indices = postIndices.sorted()
        let resolvedPosts = indices.parallelMap { index in
            HTMLURLResolver.resolve(site.posts[index].contentHTML, against: config.absoluteURL(site.posts[index].path))
        }
        posts = Dictionary(uniqueKeysWithValues: zip(indices, resolvedPosts))
        let paths = threads.sorted(by: codePointOrder)
        let resolved = paths.parallelMap { path in
            (site.commentsByPost[path] ?? []).map { HTMLURLResolver.resolve($0.contentHTML, against: config.absoluteURL(path)) }
        }
        comments = Dictionary(uniqueKeysWithValues: zip(paths, resolved))
    }
}
