import PlanetCore

extension SiteBuilder {
    /// The members' own pages that are published: of known members, drafts left out (but with `includeDrafts`), by
    /// member id, then title, then slug. A page cannot take an address of its member's: a post's (published or not,
    /// outside entries included), the member's own routes (`page`, `archives`, feeds) or another page's; each such page
    /// is a located error and is left out, the post keeping its address.
    static func publishedMemberPages(
        _ pages: [Post], authors: Set<String>, posts: [Post], options: SiteBuilderOptions, diagnostics: inout [Diagnostic]
    ) -> [Post] {
        var taken: [String: String] = [:]
        for post in posts where authors.contains(post.authorID) && taken[post.path] == nil {
            taken[post.path] = post.origin == nil ? "the post \(post.sourcePath)" : "the entry \(post.origin?.entryURL ?? post.path) of the member's blog"
        }
        var published: [Post] = []
        for page in pages.sorted(by: { codePointOrder($0.sourcePath, $1.sourcePath) }) where authors.contains(page.authorID) {
            let location = SourceLocation(path: page.sourcePath)
            if ReservedNames.postSlugs.contains(page.slug) {
                diagnostics.append(.error(
                    "slug `\(page.slug)` is reserved for the member's own pages (/\(page.authorID)/\(page.slug)/); set another with `slug: ...`",
                    at: location))
                continue
            }
            if let owner = taken[page.path] {
                diagnostics.append(.error(
                    "the page's address \(page.path) is taken by \(owner); set another with `slug: ...`", at: location))
                continue
            }
            taken[page.path] = "the page \(page.sourcePath)"
            if options.includeDrafts || !page.isDraft { published.append(page) }
        }
        return published.sorted { ($0.authorID, $0.title, $0.slug) < ($1.authorID, $1.title, $1.slug) }
    }
}
