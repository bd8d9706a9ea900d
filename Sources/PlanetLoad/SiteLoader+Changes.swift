import Foundation
import PlanetCore

extension SiteLoader {
    /// Reads the site at `folder` knowing which paths changed since the load that made `index` (as a watcher of the
    /// folder reports them: files or folders, added, edited or removed): only those are listed, `stat`ed and read;
    /// every other file is taken from `index`, unchanged, without a walk. Falls back to a full load when `index` is
    /// empty or listing a changed folder meets a problem, so that its diagnostic is reported as a full load would.
    public static func load(
        folder: String, lister: DirectoryLister = .system, index: InputIndex, changed: [String]
    ) throws(SiteLoaderError) -> Loaded {
        guard !index.entries.isEmpty, let root = resolvedRoot(of: folder) else { return try load(folder: folder, lister: lister, index: index) }
        let takenAt = InputIndex.clock()
        var stamps = index.entries.mapValues(\.stamp)
        var changedFiles: Set<String> = []
        var removedFolders: [String] = []
        for written in Set(changed) where SiteLayout.isRead(written) {
            let path = written == ".planet" ? SiteLayout.feedCacheFolder : written
            stamps[path] = nil
            var status = stat()
            let exists = lstat(root + "/" + path, &status) == 0
            if !exists || (status.st_mode & S_IFMT) == S_IFDIR { removedFolders.append(path + "/") }
            guard exists else { continue }
            var walker = DirectoryWalker(root: root, lister: lister, recordsStamps: true)
            walker.walk(path, depth: path.split(separator: "/").count - (path.hasPrefix(".planet/") ? 2 : 1))
            guard walker.diagnostics.isEmpty else { return try load(folder: folder, lister: lister, index: index) }
            for (file, stamp) in walker.stamps {
                stamps[file] = stamp
                changedFiles.insert(file)
            }
        }
        if !removedFolders.isEmpty {
            for path in stamps.keys where !changedFiles.contains(path) && removedFolders.contains(where: { path.hasPrefix($0) }) {
                stamps[path] = nil
            }
        }
        var vouched: [String: InputIndex.Entry] = [:]
        for (path, stamp) in stamps where !changedFiles.contains(path) {
            if let entry = index.entries[path], entry.stamp == stamp { vouched[path] = entry }
        }
        return read(root: root, files: Array(stamps.keys), stamps: stamps, vouched: vouched, walkDiagnostics: [], takenAt: takenAt)
    }
}
