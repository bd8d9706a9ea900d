import Foundation
import PlanetCore

extension ImportedBlog {
    /// A Dotclear backup of one blog holds no blog address, and its items' links are relative (`post/2010/01/01/x`):
    /// they are made absolute with `oldURL` (`--old-url`), else with the address the posts' own absolute links to each
    /// other show; when neither is known, the links are dropped (no alias can be made) with a warning.
    mutating func resolveRelativeLinks(oldURL: String?) {
        guard engine == .dotclear, homeURL.isEmpty else { return }
        let relative = Set(items.map(\.link).filter { !$0.isEmpty && !$0.contains("://") })
        guard !relative.isEmpty else { return }
        let home = oldURL.map { $0.hasSuffix("/") || $0.hasSuffix("?") ? $0 : $0 + "/" } ?? inferredHome(relative)
        if home == nil {
            diagnostics.append(.warning("the backup does not hold the blog's address, and no post links to another with it: "
                + "give `--old-url URL` (such as https://blog.example.fr/index.php?) so that the old permalinks become aliases",
                at: SourceLocation(path: exportPath)))
        }
        homeURL = home ?? ""
        for index in items.indices where relative.contains(items[index].link) {
            items[index].link = home.map { $0 + items[index].link } ?? ""
        }
    }

    /// The blog's address as its posts' absolute links to its own posts show it: what comes before `post/<url>`.
    private func inferredHome(_ relative: Set<String>) -> String? {
        var counts: [String: Int] = [:]
        for item in items {
            for match in item.body.matches(of: /https?:\/\/[^\s"'<>]+?(?:post|pages)\/[^\s"'<>#]+/) {
                let url = String(match.output)
                for link in relative where url.hasSuffix(link) {
                    counts[String(url.dropLast(link.count)), default: 0] += 1
                }
            }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
