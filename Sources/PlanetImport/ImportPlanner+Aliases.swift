import Foundation
import PlanetCore
import Yams

extension ImportPlanner {
    /// A published item's old addresses as aliases of the site: each link's path, under the site's base path. A link with a
    /// query (`?p=123`), or whose first segment the site has (a page's, a member's, planet's own), is no path the site can
    /// give it: the old host must redirect it, and the summary says so. An address
    /// that another file of the site (not `file`, which the import writes) keeps as alias already is an error: the import
    /// then writes nothing, and lists every such address.
    mutating func aliasList(_ item: ImportedItem, newPath: String, file: String) -> [String] {
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
            if isReserved(path) {
                plan.diagnostics.append(.warning(
                    "item \(item.id): old address `\(link)` is one of the site's own (a page, a member or planet's); no alias: the old host must "
                        + "redirect it", at: location(item.line)))
                plan.summary.oldHostRedirects.append("\(link) → \(base)\(newPath)")
                continue
            }
            if let problem = Alias.problem(with: alias) {
                plan.diagnostics.append(.warning("item \(item.id): old address `\(link)` kept no alias: \(problem)", at: location(item.line)))
                continue
            }
            if let owner = options.existingAliases[bare(alias)], owner != file {
                plan.diagnostics.append(.error(
                    "item \(item.id): old address `\(link)` is an alias of \(owner) already (`\(alias)`); remove it there, "
                        + "or remove that item from the export", at: location(item.line), code: .aliasCollision))
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

    /// When the old blog lived on another host, the summary names it.
    mutating func noteOldHost() {
        let host = URLComponents(string: blog.homeURL)?.host ?? ""
        if !host.isEmpty, host.lowercased() != options.host.lowercased() { plan.summary.oldHost = host }
    }

    /// The old archive addresses of the categories and tags that published posts use, sent on to the matching tag pages:
    /// as aliases in `tags.yaml` (merged with the site's own), or, when they hold a query, for the old host to keep.
    mutating func addTagAliases() {
        let used = Set(blog.items.filter { $0.status == .published && $0.kind == .post }.flatMap(\.tags).map(Slug.groupingKey))
        let base = options.basePath.hasSuffix("/") ? String(options.basePath.dropLast()) : options.basePath
        var aliases = options.existingTagAliases
        for term in blog.terms where used.contains(Slug.groupingKey(term.name)) && !term.slug.isEmpty {
            let tagSlug = Slug.make(term.name)
            guard !tagSlug.isEmpty, let url = archiveURL(of: term), let components = URLComponents(string: url) else { continue }
            if let query = components.percentEncodedQuery, !query.isEmpty {
                plan.summary.oldHostRedirects.append("\(url) → \(base)/tags/\(tagSlug)/")
                continue
            }
            let alias = base + components.percentEncodedPath
            let bare = alias.hasSuffix("/") ? String(alias.dropLast()) : alias
            guard Alias.problem(with: alias) == nil, !isReserved(components.percentEncodedPath) else {
                plan.summary.oldHostRedirects.append("\(url) → \(base)/tags/\(tagSlug)/")
                continue
            }
            guard aliasPaths.insert(bare).inserted else { continue }
            plan.summary.aliases += 1
            if !(aliases[term.name] ?? []).contains(alias) { aliases[term.name, default: []].append(alias) }
        }
        guard !aliases.isEmpty else { return }
        let pairs = aliases.keys.sorted(by: codePointOrder).map { tag in
            (Self.scalar(tag), Node(aliases[tag, default: []].map(Self.scalar)))
        }
        let yaml = (try? Yams.serialize(node: Node(pairs), allowUnicode: true)) ?? ""
        plan.files.append(PlannedFile(path: "tags.yaml", content: .text(yaml)))
    }

    /// Whether a path's first segment is one of the site's own names (`/tags/`, `/search/`...).
    func isReserved(_ path: String) -> Bool {
        let first = path.split(separator: "/").first.map(String.init) ?? ""
        return options.reservedNames.contains(first) || options.reservedNames.contains(first.removingPercentEncoding ?? first)
    }

    /// The address of a term's archive page on the old blog, as each engine makes it.
    private func archiveURL(of term: ImportedTerm) -> String? {
        let home = blog.homeURL
        guard !home.isEmpty else { return nil }
        let root = home.hasSuffix("/") || home.hasSuffix("?") ? home : home + "/"
        let slug = term.slug.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? term.slug
        switch (blog.engine, term.kind) {
        case (.wordpress, .category), (.dotclear, .category): return root + "category/" + slug + (blog.engine == .wordpress ? "/" : "")
        case (.wordpress, .tag), (.dotclear, .tag): return root + "tag/" + slug + (blog.engine == .wordpress ? "/" : "")
        case (.blogger, _): return root + "search/label/" + slug
        case (.disqus, _): return nil
        }
    }
}
