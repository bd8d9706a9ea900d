import PlanetCore
import PlanetLoad

/// What a set of changed files can break: the files themselves and what depends on them. `planet check
/// --changed-since` reports only the diagnostics inside this scope.
///
/// - `planet.yaml`, `themes/` and `static/` reach every page: the whole site is in scope.
/// - A change in `authors/<id>/` puts that member's folder, the comments on their posts, and every link to
///   their pages (`/<id>/...`) in scope.
/// - A changed comment puts its thread (`comments/<author>/<post>/`) and links to its post in scope.
/// - A changed page puts links to it in scope.
public struct ChangeScope: Sendable {
    public let wholeSite: Bool
    private let files: Set<String>
    private let folders: [String]
    private let linkedPaths: [String]

    public init(changes: [FileChange]) {
        var wholeSite = false
        var files: Set<String> = []
        var folders: [String] = []
        var linkedPaths: [String] = []
        for change in changes where change.insideSite {
            files.insert(change.path)
            let parts = change.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            switch parts.first {
            case "authors" where parts.count >= 3:
                folders += ["authors/\(parts[1])/", "comments/\(parts[1])/"]
                linkedPaths.append("/\(parts[1])/")
            case "comments" where parts.count >= 4:
                folders.append("comments/\(parts[1])/\(parts[2])/")
                linkedPaths.append("/\(parts[1])/\(parts[2])/")
            case "pages" where parts.count == 2 && change.path.hasSuffix(".md"):
                linkedPaths.append("/\(parts[1].dropLast(3))/")
            case SiteLayout.configFile, SiteLayout.tagsFile, "themes", "static":
                wholeSite = true
            default:
                break
            }
        }
        self.wholeSite = wholeSite
        self.files = files
        self.folders = folders
        self.linkedPaths = linkedPaths
    }

    /// Whether a diagnostic at `path` is in scope.
    public func contains(path: String) -> Bool {
        wholeSite || files.contains(path) || folders.contains { path.hasPrefix($0) }
    }

    /// Whether a broken link is in scope: written in a file in scope, or leading to a changed page.
    public func contains(_ finding: LinkFinding) -> Bool {
        if contains(path: finding.diagnostic.location.path) { return true }
        guard let target = finding.targetPath else { return false }
        return linkedPaths.contains { target == $0 || target.hasPrefix($0) || target + "/" == $0 }
    }
}
