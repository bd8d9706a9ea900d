import Foundation
import PlanetCore
import PlanetXML

extension ImportPlanner {
    /// Gives each item its slug (a post, per member) or name (a page) before any is written, in the order given, so
    /// that every text's links to the blog's other posts can be sent to their new paths.
    mutating func assignTargets(_ ordered: [ImportedItem], members: [String: String]) {
        let prefix = options.basePath.hasSuffix("/") ? String(options.basePath.dropLast()) : options.basePath
        for item in ordered where item.status != .hidden && item.date != nil {
            var base = Slug.make(item.slug.removingPercentEncoding ?? item.slug)
            if base.isEmpty { base = Slug.make(HTMLText.plain(item.title)) }
            if base.isEmpty { base = "\(item.kind.rawValue)-\(Slug.make(item.id))" }
            let path: String
            // A member's posts and pages share the member's addresses, `/<member>/<slug>/`.
            guard let member = members[item.login] else { continue }
            var slug = base
            if slugs[member, default: []].contains(slug) || ["page", "atom-xml", "index-html", "archives"].contains(slug) {
                slug += "-" + Slug.make(item.id)
            }
            slugs[member, default: []].insert(slug)
            targets[item.id] = (member, slug)
            path = "/\(member)/\(slug)/"
            guard item.status == .published else { continue }
            for address in oldAddresses(of: item) {
                if let key = Self.addressKey(address), newPaths[key] == nil { newPaths[key] = prefix + path }
            }
        }
    }

    /// The addresses the old blog answered for an item: its permalink, its other links (the guid), and WordPress's
    /// `?p=ID` and `?page_id=ID`, which it redirects for any item.
    private func oldAddresses(of item: ImportedItem) -> [String] {
        var addresses = [item.link] + item.otherLinks
        if blog.engine == .wordpress, !blog.homeURL.isEmpty, !item.id.isEmpty {
            let home = blog.homeURL.hasSuffix("/") ? blog.homeURL : blog.homeURL + "/"
            addresses += [home + "?p=" + item.id, home + "?page_id=" + item.id]
        }
        return addresses.filter { !$0.isEmpty }
    }

    /// An address as the old blog read it, to compare two: its host without `www.` and lowercased, its path without a
    /// final `/` nor `index.php`, percent-decoded, and its query; the scheme and the fragment dropped. Nil for no web URL.
    static func addressKey(_ url: String) -> String? {
        guard let components = URLComponents(string: url.trimmed), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", var host = components.host?.lowercased(), !host.isEmpty else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var path = components.percentEncodedPath.removingPercentEncoding ?? components.percentEncodedPath
        if path.hasSuffix("/index.php") { path.removeLast("index.php".count) }
        while path.hasSuffix("/") { path.removeLast() }
        let query = components.percentEncodedQuery.map { $0.isEmpty ? "" : "?" + $0 } ?? ""
        return host + path + query
    }

    /// Where a link of `item`'s text goes in the site: a link to the blog's own published post or page, its new path
    /// (with its fragment); a link to a place in `item` itself, that fragment alone; nil for any other.
    static func internalLink(_ url: String, ownKey: String?, newPaths: [String: String]) -> String? {
        guard !newPaths.isEmpty || ownKey != nil, let key = addressKey(url) else { return nil }
        let fragment = URLComponents(string: url.trimmed)?.percentEncodedFragment.flatMap { $0.isEmpty ? nil : "#" + $0 }
        if let fragment, key == ownKey { return fragment }
        return newPaths[key].map { $0 + (fragment ?? "") }
    }
}
