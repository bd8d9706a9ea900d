import Foundation
import PlanetCore

extension ImportPlanner {
    /// A published item's old addresses as aliases of the site: each link's path, under the site's base path. A link with a
    /// query (`?p=123`) is no path a static host serves: the old host must redirect it, and the summary says so.
    mutating func aliasList(_ item: ImportedItem, newPath: String) -> [String] {
        var result: [String] = []
        let base = options.basePath.hasSuffix("/") ? String(options.basePath.dropLast()) : options.basePath
        guard item.status == .published else { return [] }
        var seen: Set<String> = []
        for link in [item.link] + item.otherLinks where !link.isEmpty && seen.insert(link).inserted {
            guard let components = URLComponents(string: link) else {
                plan.diagnostics.append(.warning("item \(item.id): old address `\(link)` is not a URL; no alias", at: location(item.line)))
                continue
            }
            if let query = components.percentEncodedQuery, !query.isEmpty {
                plan.summary.oldHostRedirects.append("\(link) → \(base)\(newPath)")
                continue
            }
            let path = components.percentEncodedPath
            guard !path.isEmpty, path != "/" else { continue }
            let alias = base + path
            let bare = { (text: String) in text.hasSuffix("/") ? String(text.dropLast()) : text }
            if bare(alias) == bare(base + newPath) { continue }
            if let problem = Alias.problem(with: alias) {
                plan.diagnostics.append(.warning("item \(item.id): old address `\(link)` kept no alias: \(problem)", at: location(item.line)))
                continue
            }
            guard aliasPaths.insert(bare(alias)).inserted else {
                plan.diagnostics.append(.warning("item \(item.id): old address `\(link)` is another item's too; no alias", at: location(item.line)))
                continue
            }
            result.append(alias)
            plan.summary.aliases += 1
        }
        return result
    }

    /// When the old blog lived on another host: the summary names it, and the old archive addresses of the categories
    /// and tags the posts use, which lead to the matching tag pages.
    mutating func noteOldHost() {
        let host = URLComponents(string: blog.homeURL)?.host ?? ""
        if !host.isEmpty, host.lowercased() != options.host.lowercased() { plan.summary.oldHost = host }
        let used = Set(blog.items.filter { $0.status == .published && $0.kind == .post }.flatMap(\.tags).map(Slug.groupingKey))
        let base = options.basePath.hasSuffix("/") ? String(options.basePath.dropLast()) : options.basePath
        for term in blog.terms where used.contains(Slug.groupingKey(term.name)) && !term.slug.isEmpty {
            let tagSlug = Slug.make(term.name)
            guard !tagSlug.isEmpty else { continue }
            plan.summary.oldHostRedirects.append("/\(term.kind == .category ? "category" : "tag")/\(term.slug)/ → \(base)/tags/\(tagSlug)/")
        }
    }
}
