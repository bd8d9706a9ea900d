import CPlanetSystem
import Foundation
import PlanetCore

extension SiteWriter {
    /// Writes every file into a staging folder, a batch at a time, and swaps it in; the folder it
    /// replaces is removed.
    static func writeAll(_ plan: OutputPlan, siteRoot: String, state: OutputState) throws(SiteWriterError) -> WriteReport {
        let output = state.output
        let manager = FileManager.default
        let staging = stagingPrefix(for: output) + String(getpid())
        try? manager.removeItem(atPath: staging)
        var ledger = PathLedger()
        var entries: [String: OutputManifest.Entry] = [:]
        do {
            guard mkdir(staging, 0o755) == 0 else { throw SiteWriterError.io(path: staging, reason: String(cString: strerror(errno))) }
            var folders = Set<Substring>()
            try plan.forEachBatch { (batch: [OutputFile]) throws(SiteWriterError) in
                try checkPaths(batch)
                let files = ledger.admit(batch)
                try makeFolders(for: files.map(\.path), in: staging, existing: &folders)
                let results = files.parallelMap { file -> Result<UInt64, SiteWriterError> in
                    if let failure = place(file, at: staging + "/" + file.path, siteRoot: siteRoot, published: output) {
                        return .failure(failure)
                    }
                    guard let hash = contentHash(of: file, siteRoot: siteRoot, published: [:]) else {
                        return .failure(.io(path: file.path, reason: "the previous copy of this file is gone"))
                    }
                    return .success(hash)
                }
                for (file, result) in zip(files, results) {
                    entries[file.path] = OutputManifest.Entry(fingerprint: file.fingerprint ?? 0, contentHash: try result.get())
                }
            }
            if !ledger.rejections.isEmpty { throw SiteWriterError.rejected(ledger.rejections.sorted()) }
        } catch let error as SiteWriterError {
            try? manager.removeItem(atPath: staging)
            throw error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw .io(path: staging, reason: error.localizedDescription)
        }
        state.forgetJournal()
        try swap(staging, into: output)
        if manager.fileExists(atPath: staging) { try? manager.removeItem(atPath: staging) }
        if let tree = TreeIdentity.of(output) { state.startJournal(OutputManifest(tree: tree, entries: entries)) }
        return WriteReport(written: entries.count, removed: 0, pages: ledger.pages, feeds: ledger.feeds)
    }

    /// Makes the folders that `paths` need under `root`, parents first, skipping `existing` ones, and
    /// adds them to `existing`.
    static func makeFolders(for paths: [String], in root: String, existing: inout Set<Substring>) throws(SiteWriterError) {
        for folder in folders(of: paths).filter({ !existing.contains($0) }).sorted(by: { $0.utf8.count < $1.utf8.count }) {
            if mkdir(root + "/" + folder, 0o755) != 0, errno != EEXIST {
                throw .io(path: String(folder), reason: String(cString: strerror(errno)))
            }
            existing.insert(folder)
        }
    }

    /// The folders that hold `paths`, with all their parents, as relative paths.
    static func folders(of paths: some Sequence<String>) -> Set<Substring> {
        var folders = Set<Substring>()
        for path in paths {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(folder).inserted else { break }
            }
        }
        return folders
    }

    /// Creates `destination` (which must not exist) with the file's content: its bytes, a copy of its
    /// source, or a hard link to the published copy of an unchanged file.
    static func place(_ file: OutputFile, at destination: String, siteRoot: String, published: String) -> SiteWriterError? {
        switch file.content {
        case .data(let data):
            return FileOutput.write(data, to: destination).map { SiteWriterError.io(path: file.path, reason: $0) }
        case .copy(let source):
            do {
                try FileManager.default.copyItem(atPath: siteRoot + "/" + source, toPath: destination)
                return nil
            } catch {
                return SiteWriterError.io(path: file.path, reason: error.localizedDescription)
            }
        case .unchanged:
            return FileOutput.link(published + "/" + file.path, to: destination).map { SiteWriterError.io(path: file.path, reason: $0) }
        case .failed(let diagnostics):
            return .rejected(diagnostics)
        }
    }

    /// Puts `staging` in place of `output` in one atomic step; the previous site is left at `staging`.
    static func swap(_ staging: String, into output: String) throws(SiteWriterError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: output, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                try? manager.removeItem(atPath: staging)
                throw .io(path: output, reason: "it is a file, not a folder")
            }
            if planet_exchange_paths(staging, output) == 0 { return }
            let previous = stagingPrefix(for: output) + "previous-\(getpid())"
            guard rename(output, previous) == 0 else {
                throw .io(path: output, reason: String(cString: strerror(errno)))
            }
            guard rename(staging, output) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(previous, output)
                throw .io(path: output, reason: reason)
            }
            if rename(previous, staging) != 0 { try? manager.removeItem(atPath: previous) }
        } else if rename(staging, output) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: staging)
            throw .io(path: output, reason: reason)
        }
    }
}
