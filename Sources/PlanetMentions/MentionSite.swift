import Foundation
import PlanetCore

/// What the receiver knows of the site: its `base_url`, and the pages of the posts that take mentions (published,
/// comments open), under their paths and their old ones (`aliases:`).
public struct MentionSite: Sendable, Hashable {
    public var baseURL: String
    /// Output paths relative to the base path (`claire-martin/visites/index.html`, `2019/old.html`) → post.
    public var pages: [String: MentionPost]

    public init(baseURL: String, openPosts: Set<MentionPost>, aliases: [String: MentionPost] = [:]) {
        self.baseURL = baseURL
        var pages: [String: MentionPost] = [:]
        let basePath = URLComponents(string: baseURL)?.path ?? ""
        for (path, post) in aliases {
            if let output = Alias(path: path, line: 0, column: 0).outputPath(basePath: basePath) { pages[output] = post }
        }
        for post in openPosts { pages["\(post.author)/\(post.slug)/index.html"] = post }
        self.pages = pages
    }

    /// The site's published posts and members' pages with open comments (native ones: outside entries have no thread here).
    public init(content: SiteContent) {
        let open = (content.posts + content.memberPages).filter { !$0.isDraft && $0.commentsOpen && $0.origin == nil }
        var aliases: [String: MentionPost] = [:]
        for post in open {
            for alias in post.aliases { aliases[alias.path] = MentionPost(author: post.authorID, slug: post.slug) }
        }
        self.init(baseURL: content.config.baseURL, openPosts: Set(open.map { MentionPost(author: $0.authorID, slug: $0.slug) }),
                  aliases: aliases)
    }

    /// The post whose page `url` is: on the site's host and port (http or https alike), under its base path, at the
    /// post's path, with or without `index.html` or the trailing slash, or at an alias; the query and the fragment
    /// are ignored. Nil for any other URL.
    public func post(at url: String) -> MentionPost? {
        guard let site = URLComponents(string: baseURL), let page = URLComponents(string: url),
              let scheme = page.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = page.host?.lowercased(), host == site.host?.lowercased(),
              Self.port(of: page) == Self.port(of: site) else { return nil }
        var basePath = Substring(site.path)
        while basePath.hasSuffix("/") { basePath.removeLast() }
        guard let path = page.percentEncodedPath.removingPercentEncoding, path.hasPrefix(basePath + "/") else { return nil }
        let segments = path.dropFirst(basePath.count).split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.isEmpty, !segments.contains(where: { $0 == "." || $0 == ".." }) else { return nil }
        var output = segments.joined(separator: "/")
        if !output.hasSuffix(".html") { output += "/index.html" }
        return pages[output]
    }

    /// The explicit port, nil when it is the scheme's default.
    private static func port(of components: URLComponents) -> Int? {
        let standard = components.scheme?.lowercased() == "https" ? 443 : 80
        return components.port == standard ? nil : components.port
    }
}
