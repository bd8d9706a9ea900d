import CPlanetSystem
import Foundation
import PlanetCore

extension SiteWriter {
    /// Renders `plan` a batch at a time into the spare tree, which then holds the new site, and swaps
    /// it with the published one unless no file differs from it. Files are never changed in place:
    /// the two trees share the inodes of unchanged files.
    static func update(
        _ plan: OutputPlan, state: OutputState, live: OutputManifest, siteRoot: String
    ) throws(SiteWriterError) -> WriteReport {
        let output = state.output
        var spare = SpareTree(path: state.spare, entries: try prepareSpare(state: state, live: live))
        state.forgetSpare()
        var ledger = PathLedger()
        var desired: [String: OutputManifest.Entry] = [:]
        try plan.forEachBatch { (batch: [OutputFile]) throws(SiteWriterError) in
            try checkPaths(batch)
            let files = ledger.admit(batch)
            let hashes = files.parallelMap { contentHash(of: $0, siteRoot: siteRoot, live: live) }
            var changed: [OutputFile] = []
            for (file, hash) in zip(files, hashes) {
                guard let hash else { throw .io(path: file.path, reason: "the previous copy of this file is gone") }
                desired[file.path] = OutputManifest.Entry(fingerprint: file.fingerprint ?? 0, contentHash: hash)
                guard spare.entries[file.path]?.contentHash != hash else { continue }
                try spare.clear(file.path, keeping: desired)
                changed.append(live.entries[file.path]?.contentHash == hash ? OutputFile(path: file.path, content: .unchanged) : file)
            }
            try makeFolders(for: changed.map(\.path), in: spare.path, existing: &spare.folders)
            let root = spare.path
            let failures = changed.parallelMap { file in
                place(file, at: root + "/" + file.path, siteRoot: siteRoot, published: output)
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        }
        if !ledger.rejections.isEmpty { throw .rejected(ledger.rejections.sorted()) }
        try spare.removeAll(except: desired)
        let report = WriteReport(
            written: desired.filter { live.entries[$0.key]?.contentHash != $0.value.contentHash }.count,
            removed: live.entries.keys.filter { desired[$0] == nil }.count,
            pages: ledger.pages, feeds: ledger.feeds)
        guard let spareTree = TreeIdentity.of(spare.path) else { throw .io(path: spare.path, reason: "the spare folder is gone") }
        guard report.written > 0 || report.removed > 0 else {
            state.saveSpare(OutputManifest(tree: spareTree, entries: desired))
            if desired != live.entries { state.saveLive(OutputManifest(tree: live.tree, entries: desired)) }
            return report
        }
        state.forgetLive()
        try swap(spare.path, into: output)
        state.saveLive(OutputManifest(tree: spareTree, entries: desired))
        state.saveSpare(OutputManifest(tree: live.tree, entries: live.entries))
        return report
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
        var folders = Set<Substring>()
        try makeFolders(for: paths, in: spare, existing: &folders)
        let failures = paths.parallelMap { path in FileOutput.link(state.output + "/" + path, to: spare + "/" + path) }
        var entries = live.entries
        for (path, failure) in zip(paths, failures) where failure != nil { entries[path] = nil }
        return entries
    }
}
