import PlanetCore

extension SiteLayout {
    /// Whether a change at `path` (relative, `/` separators; a file or a folder) can change what the build reads: the
    /// configuration files, anything but a hidden entry under a source folder or the feed cache, and the folders on
    /// the way to them.
    public static func isRead(_ path: String) -> Bool {
        if [configFile, tagsFile, misnamedConfigFile, misnamedTagsFile, ".planet"].contains(path) { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let prefixLength: Int
        if sourceFolders.contains(parts[0]) {
            prefixLength = 1
        } else if path == feedCacheFolder || path.hasPrefix(feedCacheFolder + "/") {
            prefixLength = 2
        } else {
            return false
        }
        return parts.dropFirst(prefixLength).allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") }
    }
}
