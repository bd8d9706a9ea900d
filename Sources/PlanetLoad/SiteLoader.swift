import Foundation
import PlanetCore

/// The loading edge: reads a site folder from disk into a `SiteInput`.
public enum SiteLoader {
    /// A site as loaded with an input index.
    public struct Loaded: Sendable {
        public var input: SiteInput
        public var diagnostics: [Diagnostic]
        /// The index of this load, for the next one.
        public var index: InputIndex
        /// The files whose bytes were read (the others were vouched for by the previous index), by path.
        public var readPaths: [String]
        /// Whether listing the folders found no problem (a broken or outside symbolic link, an unreadable folder...): only
        /// then can the next load list nothing but the changed paths (see `load(folder:index:changed:)`).
        public var walkedCleanly: Bool
    }

    /// Reads the site at `folder`, listing its folders with `lister`. Fails only when the folder itself is unusable.
    public static func load(folder: String, lister: DirectoryLister = .system) throws(SiteLoaderError) -> (SiteInput, [Diagnostic]) {
        let loaded = try load(folder: folder, lister: lister, index: InputIndex())
        return (loaded.input, loaded.diagnostics)
    }

    /// Reads the site at `folder`, except the files that `index` shows unchanged (same stamp, not racy):
    /// those are given by their digest, and read only if a stage asks for their bytes.
    public static func load(folder: String, lister: DirectoryLister = .system, index: InputIndex) throws(SiteLoaderError) -> Loaded {
        guard let root = resolvedRoot(of: folder) else { throw .notAFolder(folder) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .notAFolder(folder)
        }
        let takenAt = InputIndex.clock()
        let walker = walk(root: root, lister: lister)
        var vouched: [String: InputIndex.Entry] = [:]
        for (path, stamp) in walker.stamps {
            if let entry = index.trusted(path, stamp: stamp) { vouched[path] = entry }
        }
        return read(
            root: root, files: walker.files, stamps: walker.stamps, vouched: vouched, walkDiagnostics: walker.diagnostics, takenAt: takenAt)
    }

    /// The site made of `files` (in any order: `SiteLayout.organize` sorts them): the ones `vouched` for are given by their
    /// digest, the others read.
    static func read(
        root: String, files: [String], stamps: [String: FileStamp], vouched: [String: InputIndex.Entry], walkDiagnostics: [Diagnostic],
        takenAt: Int64
    ) -> Loaded {
        let prefetched = FileReader.readAll(files.filter { vouched[$0] == nil && SiteLayout.isReadAhead($0) }, root: root)
        var digests: [String: UInt64] = [:]
        var readPaths: [String] = []
        let (input, diagnostics) = SiteLayout.organize(paths: files) { path -> SourceFile? in
            if let entry = vouched[path], let digest = entry.digest {
                digests[path] = digest
                return SourceFile(
                    path: path, digest: digest, size: min(entry.stamp.size, FileReader.maximumSize + 1), absolutePath: root + "/" + path)
            }
            guard let bytes = prefetched[path] ?? FileReader.read(root + "/" + path) else { return nil }
            let file = SourceFile(path: path, bytes: bytes)
            digests[path] = file.digest
            readPaths.append(path)
            return file
        }
        var entries: [String: InputIndex.Entry] = [:]
        entries.reserveCapacity(stamps.count)
        for (path, stamp) in stamps { entries[path] = InputIndex.Entry(stamp: stamp, digest: digests[path]) }
        return Loaded(
            input: input, diagnostics: walkDiagnostics + diagnostics,
            index: InputIndex(takenAt: takenAt, entries: entries), readPaths: readPaths.sorted(by: codePointOrder),
            walkedCleanly: walkDiagnostics.isEmpty)
    }

    /// The stamp of every file the build reads, for `planet serve` to notice changes cheaply (one `stat`
    /// per file, nothing read); empty when the folder is unusable.
    public static func stamps(folder: String) -> [String: FileStamp] {
        guard let root = resolvedRoot(of: folder) else { return [:] }
        return walk(root: root, lister: .system).stamps
    }

    /// Lists every file the build reads, with its stamp.
    static func walk(root: String, lister: DirectoryLister) -> DirectoryWalker {
        var walker = DirectoryWalker(root: root, lister: lister, recordsStamps: true)
        walker.walk(SiteLayout.configFile)
        walker.walk(SiteLayout.tagsFile)
        walker.walk(SiteLayout.misnamedConfigFile)
        walker.walk(SiteLayout.misnamedTagsFile)
        walker.walkOnEveryCore(SiteLayout.sourceFolders)
        walker.walk(SiteLayout.feedCacheFolder)
        return walker
    }

    /// The site folder with symbolic links resolved, as the build uses it.
    public static func resolvedRoot(of folder: String) -> String? {
        guard let resolved = realpath(folder, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
