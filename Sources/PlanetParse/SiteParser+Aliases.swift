import PlanetCore
import PlanetLoad

extension SiteParser {
    /// The old addresses the site's posts and pages already keep (`aliases:`), without a final `/`, each with the
    /// file that keeps it: what `planet import` must not give to another text. Unreadable files keep none.
    public static func aliasOwners(in input: SiteInput) -> [String: String] {
        var owners: [String: String] = [:]
        let files = input.authors.flatMap { $0.posts.map(\.file) } + input.pages
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
