import PlanetCore
import PlanetLoad

extension SiteParser {
    /// The old addresses the site's posts, members' pages and pages already keep (`aliases:`), without a final `/`, each with the
    /// file that keeps it: what `planet import` must not give to another text. Unreadable files keep none.
    public static func aliasOwners(in input: SiteInput) -> [String: String] {
        var owners: [String: String] = [:]
        let files = input.authors.flatMap { ($0.posts + $0.pages).map(\.file) } + input.pages
        for file in files.sorted(by: { codePointOrder($0.path, $1.path) }) {
            var ignored: [Diagnostic] = []
            guard var document = MarkdownDocument.read(file, diagnostics: &ignored) else { continue }
            for alias in document.aliases() {
                let bare = alias.path.hasSuffix("/") ? String(alias.path.dropLast()) : alias.path
                if owners[bare] == nil { owners[bare] = file.path }
            }
        }
        return owners
    }
}

extension SiteParser {
    /// The paths each published post and member's page answers (its own, `<base>/<member>/<slug>`, and its aliases), as `key` makes them,
    /// → `member/slug`, the folder of its comments: where `planet import disqus` sends an old thread. Drafts and
    /// unreadable files answer none.
    public static func postAddresses(in input: SiteInput, basePath: String, key: (String) -> String) -> [String: String] {
        let base = basePath.hasSuffix("/") ? String(basePath.dropLast()) : basePath
        var addresses: [String: String] = [:]
        for author in input.authors.sorted(by: { codePointOrder($0.id, $1.id) }) {
            for post in (author.posts + author.pages).sorted(by: { codePointOrder($0.file.path, $1.file.path) }) {
                var ignored: [Diagnostic] = []
                guard var document = MarkdownDocument.read(post.file, diagnostics: &ignored), document.fields.bool("draft") != true,
                      let slug = PostParser.slug(for: post.file.path, document: &document) else { continue }
                let folder = author.id + "/" + slug
                for path in ["\(base)/\(folder)/"] + document.aliases().map(\.path) where addresses[key(path)] == nil {
                    addresses[key(path)] = folder
                }
            }
        }
        return addresses
    }
}
