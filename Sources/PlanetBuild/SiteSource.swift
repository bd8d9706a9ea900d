import Foundation
import PlanetCore
import PlanetLoad
import PlanetParse

/// The loading edge every command shares: the site's files, and with `git_dates: true`, the date of each
/// post's last commit, from one `git log` pass.
public enum SiteSource {
    public static func load(folder: String) throws(SiteLoaderError) -> (SiteInput, [Diagnostic]) {
        let (loaded, diagnostics) = try SiteLoader.load(folder: folder)
        var input = loaded
        guard ConfigParser.parse(input.config).0?.gitDates == true, let root = SiteLoader.resolvedRoot(of: folder) else {
            return (input, diagnostics)
        }
        let dates = GitRepository.lastCommitDates(root: root)
        for author in input.authors.indices {
            for post in input.authors[author].posts.indices {
                input.authors[author].posts[post].lastCommitted = dates[input.authors[author].posts[post].file.path]
            }
        }
        return (input, diagnostics)
    }
}
