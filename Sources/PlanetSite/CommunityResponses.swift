import PlanetCore
import PlanetXML

/// Members answering each other: the posts of other members that link to a post, native posts and outside
/// entries alike. A pure function of the published posts (their sanitized HTML) and the aliases' redirects.
public enum CommunityResponses {
    /// For each post that another member's post links to (by post path), the indices into `posts` of the
    /// posts that link to it, in `posts`' order (newest first, ties by author id then slug). `linkedURLs[i]` are
    /// the URLs that `posts[i]`'s HTML points to (`urls(in:)`).
    ///
    /// A link counts when it leads to the post's page, written relative, root-relative (with the base path) or
    /// absolute (with `base_url`), with or without `index.html`, a query or a fragment; to one of its aliases,
    /// which redirect to it; or, for an outside entry, to its address on the member's own blog. A post's links
    /// to itself and a member's links to their own posts do not count.
    public static func find(posts: [Post], linkedURLs: [[String]], redirects: [Redirect], config: SiteConfig) -> [String: [Int]] {
        precondition(linkedURLs.count == posts.count, "one list of URLs per post")
        let targets = Targets(posts: posts, redirects: redirects, config: config)
        let linked = Array(posts.indices).parallelMap { index in
            Set(linkedURLs[index].compactMap { targets.post(linkedBy: $0, from: posts[index].path) })
        }
        var responses: [String: [Int]] = [:]
        for (index, post) in posts.enumerated() {
            for target in linked[index] where posts[target].authorID != post.authorID {
                responses[posts[target].path, default: []].append(index)
            }
        }
        return responses.mapValues { $0.sorted() }
    }

    /// The URLs an HTML fragment points to: `href`, `src` and `poster` values, in document order. A pure function
    /// of the HTML, which the build cache keeps by the HTML's fingerprint (`BuildCache.linksKey`).
    public static func urls(in html: String) -> [String] {
        HTMLReferences.scan(fragment: html).urls
    }

    /// The posts a link may lead to, by the ways it can be written.
    struct Targets: Sendable {
        let links: LinkTarget.Resolver
        /// Post indices by site path (`/alice/mon-billet/`).
        let byPath: [String: Int]
        /// Post indices by their aliases' output paths (`2019/05/06/mon-billet.html`, `vieux/billet/index.html`).
        let byAlias: [String: Int]
        /// Outside entries' indices by their address on the member's blog.
        let byEntryURL: [String: Int]

        init(posts: [Post], redirects: [Redirect], config: SiteConfig) {
            links = LinkTarget.Resolver(config: config)
            let byPath = Dictionary(posts.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
            self.byPath = byPath
            byAlias = Dictionary(
                redirects.compactMap { redirect in byPath[redirect.target].map { (redirect.outputPath, $0) } },
                uniquingKeysWith: { first, _ in first })
            byEntryURL = Dictionary(
                posts.enumerated().compactMap { index, post in
                    post.origin.flatMap { $0.entryURL.isEmpty ? nil : ($0.entryURL, index) }
                },
                uniquingKeysWith: { first, _ in first })
        }

        /// The post that `url`, written on the page at `pagePath`, leads to.
        func post(linkedBy url: String, from pagePath: String) -> Int? {
            let withoutFragment = String(url.prefix { $0 != "#" })
            if let entry = byEntryURL[withoutFragment] { return entry }
            guard case .site(var path, _) = links.resolve(url, from: pagePath) else { return nil }
            if path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
            if let post = byPath[path] ?? byPath[path + "/"] { return post }
            return byAlias[OutputFile.htmlPath(forURLPath: path)] ?? byAlias[OutputFile.htmlPath(forURLPath: path + "/")]
        }
    }
}
