import Foundation
import PlanetCore
import PlanetLoad
import PlanetParse

/// The loading edge every command shares: the site's files, and with `git_dates: true`, the date of each
/// post's last commit, from one `git log` pass.
public enum SiteSource {
    /// `gitDeadline`: the seconds `git log` may run (see `GitRepository`).
    public static func load(
        folder: String, gitDeadline: TimeInterval = GitRepository.defaultDeadline
    ) throws(SiteLoaderError) -> (SiteInput, [Diagnostic]) {
        let loaded = try load(folder: folder, index: InputIndex(), gitDeadline: gitDeadline)
        return (loaded.input, loaded.diagnostics)
    }

    /// Loads the site reading only the files that `index` does not vouch for (see `SiteLoader`); with `changed`, the
    /// paths changed since the load that made `index`, nothing else is listed (`SiteLoader.load(folder:index:changed:)`).
    public static func load(
        folder: String, index: InputIndex, changed: [String]? = nil, gitDeadline: TimeInterval = GitRepository.defaultDeadline
    ) throws(SiteLoaderError) -> SiteLoader.Loaded {
        var loaded = if let changed {
            try SiteLoader.load(folder: folder, index: index, changed: changed)
        } else {
            try SiteLoader.load(folder: folder, index: index)
        }
        guard ConfigParser.parse(loaded.input.config).0?.gitDates == true, let root = SiteLoader.resolvedRoot(of: folder) else {
            return loaded
        }
        let dates = GitRepository.lastCommitDates(root: root, deadline: gitDeadline)
        for author in loaded.input.authors.indices {
            for post in loaded.input.authors[author].posts.indices {
                loaded.input.authors[author].posts[post].lastCommitted = dates[loaded.input.authors[author].posts[post].file.path]
            }
        }
        return loaded
    }
}
