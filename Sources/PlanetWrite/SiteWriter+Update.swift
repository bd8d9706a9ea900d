import CPlanetSystem
import Foundation
import PlanetCore

extension SiteWriter {
    /// Brings the spare tree from what it holds to `desired`, then swaps it with the published one.
    /// Files are never changed in place: the two trees share the inodes of unchanged files.
    static func update(
        state: OutputState, live: OutputManifest, desired: [String: OutputManifest.Entry], files: [OutputFile], siteRoot: String
    ) throws(SiteWriterError) {
        let output = state.output
        var spareEntries = try prepareSpare(state: state, live: live)
        state.forgetSpare()
        let spare = state.spare
        let stale = spareEntries.keys.filter { desired[$0]?.contentHash != spareEntries[$0]!.contentHash }
        for path in stale {
            guard unlink(spare + "/" + path) == 0 || errno == ENOENT else {
                throw .io(path: path, reason: String(cString: strerror(errno)))
            }
            spareEntries[path] = nil
        }
        removeEmptyFolders(containing: stale.filter { desired[$0] == nil }, in: spare)
        let missing = files.filter { spareEntries[$0.path] == nil }
        try makeFolders(for: missing.map(\.path), in: spare, existing: folders(of: spareEntries.keys))
        let failures = missing.parallelMap { file -> SiteWriterError? in
            let destination = spare + "/" + file.path
            if live.entries[file.path]?.contentHash == desired[file.path]?.contentHash {
                return place(OutputFile(path: file.path, content: .unchanged), at: destination, siteRoot: siteRoot, published: output)
            }
            return place(file, at: destination, siteRoot: siteRoot, published: output)
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        guard let spareTree = TreeIdentity.of(spare) else { throw .io(path: spare, reason: "the spare folder is gone") }
        state.forgetLive()
        try swap(spare, into: output)
        state.saveLive(OutputManifest(tree: spareTree, entries: desired))
        state.saveSpare(OutputManifest(tree: live.tree, entries: live.entries))
    }

    /// The spare tree's entries. A spare tree that is missing, or whose manifest is gone or stale (a
    /// build killed halfway), is made again from the published tree with hard links.
    private static func prepareSpare(state: OutputState, live: OutputManifest) throws(SiteWriterError) -> [String: OutputManifest.Entry] {
        if let manifest = state.spareManifest() { return manifest.entries }
        let spare = state.spare
        try? FileManager.default.removeItem(atPath: spare)
        mkdir(state.folder, 0o755)
        guard mkdir(spare, 0o755) == 0 else { throw .io(path: spare, reason: String(cString: strerror(errno))) }
        let paths = Array(live.entries.keys)
        try makeFolders(for: paths, in: spare, existing: [])
        let failures = paths.parallelMap { path in FileOutput.link(state.output + "/" + path, to: spare + "/" + path) }
        var entries = live.entries
        for (path, failure) in zip(paths, failures) where failure != nil { entries[path] = nil }
        return entries
    }

    /// Removes the folders that the removal of `paths` left empty, deepest first.
    private static func removeEmptyFolders(containing paths: [String], in root: String) {
        for folder in folders(of: paths).sorted(by: { $0.utf8.count > $1.utf8.count }) {
            rmdir(root + "/" + folder)
        }
    }
}
