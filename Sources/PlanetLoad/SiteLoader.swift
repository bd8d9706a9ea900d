import Foundation
import PlanetCore

/// The loading edge: reads a site folder from disk into a `SiteInput`.
public enum SiteLoader {
    /// Reads the site at `folder`, listing its folders with `lister`. Fails only when the folder itself is unusable.
    public static func load(folder: String, lister: DirectoryLister = .system) throws(SiteLoaderError) -> (SiteInput, [Diagnostic]) {
        guard let resolved = realpath(folder, nil) else { throw .notAFolder(folder) }
        let root = String(cString: resolved)
        free(resolved)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .notAFolder(folder)
        }
        var walker = DirectoryWalker(root: root, lister: lister)
        walker.walk(SiteLayout.configFile)
        walker.walk(SiteLayout.tagsFile)
        for source in SiteLayout.sourceFolders { walker.walk(source) }
        walker.walk(SiteLayout.feedCacheFolder)
        let prefetched = FileReader.readAll(walker.files.filter(SiteLayout.isReadAhead), root: root)
        let (input, diagnostics) = SiteLayout.organize(paths: walker.files) { path in
            prefetched[path] ?? FileReader.read(root + "/" + path)
        }
        return (input, walker.diagnostics + diagnostics)
    }

    /// The modification time and size of every file the build reads, for `planet serve` to notice changes
    /// cheaply (one `stat` per file, nothing read); empty when the folder is unusable.
    public static func stamps(folder: String) -> [String: FileStamp] {
        guard let root = resolvedRoot(of: folder) else { return [:] }
        var walker = DirectoryWalker(root: root)
        walker.recordsStamps = true
        walker.walk(SiteLayout.configFile)
        walker.walk(SiteLayout.tagsFile)
        for source in SiteLayout.sourceFolders { walker.walk(source) }
        walker.walk(SiteLayout.feedCacheFolder)
        return walker.stamps
    }

    /// The site folder with symbolic links resolved, as the build uses it.
    public static func resolvedRoot(of folder: String) -> String? {
        guard let resolved = realpath(folder, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
