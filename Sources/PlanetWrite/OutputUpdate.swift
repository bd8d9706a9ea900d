import Foundation
import PlanetCore

/// One write into the spare tree of a site published before: the files of the new site are compared
/// with the published ones by their manifest entries (a `.unchanged` file by its path alone), only those
/// whose bytes the spare lacks are written or linked, and the journal gets the changes alone.
struct OutputUpdate {
    /// Which files the new site holds besides those handed to `write`.
    enum Scope {
        /// Those files are the whole site (`SiteWriter.write(_:siteRoot:to:)`).
        case complete
        /// They are the files that changed; every other published file stays, but `removed` (`SiteWriter.apply`).
        case changes(removed: Set<String>)
    }

    let state: OutputState
    let scope: Scope
    private(set) var journal: ManifestJournal
    private(set) var spare: SpareTree
    private(set) var ledger = PathLedger()
    /// The published files this write changes, by path; nil for one that is gone.
    private(set) var changes: [String: OutputManifest.Entry?] = [:]
    /// Whether the spare tree was changed (the journal says so before it is).
    private(set) var touchedSpare = false
    /// Set when the journal could not be appended to: the manifest is then saved whole, or not at all.
    private var journalLost = false

    /// Takes the spare tree of `journal` as it is, or makes it again from the published tree with hard
    /// links when it is missing or cannot be trusted (a build killed while changing it).
    init(state: OutputState, journal: ManifestJournal, scope: Scope) throws(SiteWriterError) {
        self.state = state
        self.scope = scope
        self.journal = journal
        let published = journal.manifest.entries
        if let trusted = journal.trustedSpare {
            spare = SpareTree(path: state.spare, published: published, differences: trusted.differences)
            return
        }
        spare = SpareTree(path: state.spare, published: published, differences: [:])
        beginChanging()
        let path = state.spare
        try? FileManager.default.removeItem(atPath: path)
        mkdir(state.folder, 0o755)
        guard mkdir(path, 0o755) == 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        let paths = Array(published.keys)
        try SiteWriter.makeFolders(for: paths, in: path, existing: &spare.folders)
        let failures = paths.parallelMap { relative in FileOutput.link(state.output + "/" + relative, to: path + "/" + relative) }
        for (relative, failure) in zip(paths, failures) where failure != nil { spare.set(relative, nil) }
    }

    /// Brings the spare's copies of `batch`'s files up to date: a file whose bytes the spare holds already is
    /// left alone, one the published tree holds is linked from it, and the others are written.
    mutating func write(_ batch: [OutputFile], siteRoot: String) throws(SiteWriterError) {
        try SiteWriter.checkPaths(batch)
        let files = ledger.admit(batch)
        let published = spare.published
        let hashes = files.parallelMap { SiteWriter.contentHash(of: $0, siteRoot: siteRoot, published: published) }
        var changed: [OutputFile] = []
        for (file, hash) in zip(files, hashes) {
            guard let hash else { throw .io(path: file.path, reason: "the previous copy of this file is gone") }
            let entry = OutputManifest.Entry(fingerprint: file.fingerprint ?? 0, contentHash: hash)
            if published[file.path] != entry { changes[file.path] = .some(entry) }
            guard spare.hash(file.path) != hash else { continue }
            beginChanging()
            let ledger = ledger
            let scope = scope
            try spare.clear(file.path) { prefix in
                Self.isWanted(under: prefix, ledger: ledger, scope: scope, published: published)
            }
            spare.set(file.path, hash)
            changed.append(published[file.path]?.contentHash == hash ? OutputFile(path: file.path, content: .unchanged) : file)
        }
        try SiteWriter.makeFolders(for: changed.map(\.path), in: spare.path, existing: &spare.folders)
        let (root, output) = (spare.path, state.output)
        let failures = changed.parallelMap { file in
            SiteWriter.place(file, at: root + "/" + file.path, siteRoot: siteRoot, published: output)
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// Whether the new site holds a file under `prefix` (a folder's path and `/`). Looks at every path: only a
    /// file that takes a folder's place asks.
    private static func isWanted(
        under prefix: String, ledger: PathLedger, scope: Scope, published: [String: OutputManifest.Entry]
    ) -> Bool {
        if ledger.paths.contains(where: { $0.hasPrefix(prefix) }) { return true }
        guard case .changes(let removed) = scope else { return false }
        return published.keys.contains { $0.hasPrefix(prefix) && !removed.contains($0) }
    }

    /// Ends the spare's update once every file handed over is written: removes the files the new site does not
    /// hold, and, for a write of changes, brings the spare's other files to the published ones.
    mutating func finish(siteRoot: String) throws(SiteWriterError) {
        var gone: [String] = []
        switch scope {
        case .complete:
            gone = spare.published.keys.filter { !ledger.contains($0) }
            for path in gone { changes[path] = .some(nil) }
            gone += spare.differences.compactMap { path, hash in hash != nil && spare.published[path] == nil && !ledger.contains(path) ? path : nil }
        case .changes(let removed):
            let listed = removed.filter { !ledger.contains($0) }
            for path in listed where spare.published[path] != nil { changes[path] = .some(nil) }
            var behind: [OutputFile] = []
            for path in spare.differences.keys where !ledger.contains(path) && !removed.contains(path) {
                if let entry = spare.published[path] {
                    behind.append(OutputFile(path: path, content: .unchanged, fingerprint: entry.fingerprint))
                } else {
                    gone.append(path)
                }
            }
            if !behind.isEmpty { try write(behind, siteRoot: siteRoot) }
            gone += listed
        }
        let held = gone.filter { spare.hash($0) != nil }
        guard !held.isEmpty else { return }
        beginChanging()
        for path in held { try spare.remove(path) }
        spare.removeEmptyFolders(of: held)
    }

    /// Swaps the spare tree in unless no file's bytes differ from the published ones, and records the write
    /// in the journal. Returns the manifest of the new site, and how many files were written and removed.
    mutating func publish() throws(SiteWriterError) -> (manifest: OutputManifest, written: Int, removed: Int) {
        let published = spare.published
        var differences: [String: UInt64?] = [:]
        var removed = 0
        for (path, entry) in changes where published[path]?.contentHash != entry?.contentHash {
            differences[path] = .some(published[path]?.contentHash)
            if entry == nil { removed += 1 }
        }
        guard let spareTree = TreeIdentity.of(spare.path) else { throw .io(path: spare.path, reason: "the spare folder is gone") }
        let before = journal.manifest.tree
        let commit: ManifestRecord.Commit
        if differences.isEmpty {
            commit = ManifestRecord.Commit(tree: before, spare: spareTree, changes: changes, spareDifferences: spare.differences)
            guard touchedSpare || !changes.isEmpty else { return (journal.manifest, 0, 0) }
        } else {
            try SiteWriter.swap(spare.path, into: state.output)
            commit = ManifestRecord.Commit(tree: spareTree, spare: before, changes: changes, spareDifferences: differences)
        }
        var next = journal.manifest
        next.apply(.commit(commit))
        if journalLost || !journal.append(.commit(commit)) || journal.isLong {
            state.startJournal(next)
        }
        return (next, differences.count - removed, removed)
    }

    /// Records in the journal, once, that the spare tree is about to change.
    private mutating func beginChanging() {
        guard !touchedSpare else { return }
        touchedSpare = true
        guard journal.manifest.spare != nil, !journalLost else { return }
        if !journal.append(.spareChanging) {
            state.forgetJournal()
            journalLost = true
        }
    }
}
