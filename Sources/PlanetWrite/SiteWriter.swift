import CPlanetSystem
import Foundation
import PlanetCore

/// The writing edge. The published folder is never changed in place: the new site is made in another
/// folder beside it, then swapped in with one atomic rename, so that a crash, a kill or a full disk
/// leaves the previous site whole.
///
/// The first build writes every file into a staging folder. Later builds keep the previous site as a
/// spare tree (`.public.planet/spare`), bring it up to date by writing only the files whose bytes
/// changed and hard-linking the others from the published tree, and swap it in. An unchanged file
/// thus keeps its inode and its modification time, and a build that changes nothing writes nothing.
public enum SiteWriter {
    /// Output paths written twice (a static file named like a generated page), as diagnostics.
    public static func collisions(in files: [OutputFile]) -> [Diagnostic] {
        var seen: [String: OutputFile.Content] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            if let first = seen[file.path] {
                let culprit: String
                if case .copy(let source) = file.content { culprit = source }
                else if case .copy(let source) = first { culprit = source }
                else { culprit = file.path }
                diagnostics.append(.error(
                    "two files would be written to /\(file.path); rename this one", at: SourceLocation(path: culprit)))
            } else {
                seen[file.path] = file.content
            }
        }
        return diagnostics
    }

    /// The input fingerprints of the site published at `output`, by path, for `BuildPipeline` to skip
    /// the files whose inputs did not change. Empty when `output` holds no site this writer made.
    public static func previousFingerprints(output: String) -> [String: UInt64] {
        OutputState(output: URL(fileURLWithPath: output).standardizedFileURL.path).liveManifest()?.fingerprints ?? [:]
    }

    /// Writes `files` as the complete content of `output`, copying `.copy` files from `siteRoot`.
    /// `.unchanged` files are taken from the site now published there.
    @discardableResult
    public static func write(_ files: [OutputFile], siteRoot: String, to output: String) throws(SiteWriterError) -> WriteReport {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let outputPath = outputURL.path
        let parent = outputURL.deletingLastPathComponent().path
        let root = URL(fileURLWithPath: siteRoot).standardizedFileURL.path
        let resolvedParent = realpathString(parent) ?? parent
        let resolvedOutput = resolvedParent + "/" + outputURL.lastPathComponent
        if resolvedOutput == root || root.hasPrefix(resolvedOutput + "/") {
            throw .outputContainsSite(output: output)
        }
        for file in files {
            guard isSafeRelativePath(file.path) else { throw .unsafePath(file.path) }
            if case .copy(let source) = file.content, !isSafeRelativePath(source) { throw .unsafePath(source) }
        }
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .io(path: parent, reason: error.localizedDescription)
        }
        removeLeftoverStaging(besides: outputPath)
        let state = OutputState(output: outputPath)
        let live = state.liveManifest()
        let desired = try manifestEntries(files, siteRoot: root, live: live)
        guard let live else {
            try writeAll(files, siteRoot: root, to: outputPath)
            if let tree = TreeIdentity.of(outputPath) { state.saveLive(OutputManifest(tree: tree, entries: desired)) }
            return WriteReport(written: files.count, removed: 0)
        }
        let report = WriteReport(
            written: desired.filter { live.entries[$0.key]?.contentHash != $0.value.contentHash }.count,
            removed: live.entries.keys.filter { desired[$0] == nil }.count)
        if report.written == 0, report.removed == 0 {
            if desired != live.entries { state.saveLive(OutputManifest(tree: live.tree, entries: desired)) }
            return report
        }
        do {
            try update(state: state, live: live, desired: desired, files: files, siteRoot: root)
        } catch {
            try? FileManager.default.removeItem(atPath: state.spare)
            throw error
        }
        return report
    }

    /// Each file's manifest entry: the hash of its bytes, of its source's status for a copy, or the
    /// published file's for an unchanged one.
    private static func manifestEntries(
        _ files: [OutputFile], siteRoot: String, live: OutputManifest?
    ) throws(SiteWriterError) -> [String: OutputManifest.Entry] {
        let hashes = files.parallelMap { file -> UInt64? in
            switch file.content {
            case .data(let data): Fingerprint.of(data)
            case .copy(let source): sourceStatusHash(siteRoot + "/" + source)
            case .unchanged: live?.entries[file.path]?.contentHash
            }
        }
        var entries: [String: OutputManifest.Entry] = [:]
        entries.reserveCapacity(files.count)
        for (file, hash) in zip(files, hashes) {
            guard let hash else { throw .io(path: file.path, reason: "the previous copy of this file is gone") }
            entries[file.path] = OutputManifest.Entry(fingerprint: file.fingerprint ?? 0, contentHash: hash)
        }
        return entries
    }

    /// A copied file's identity without reading it: its path, size, modification time and inode.
    private static func sourceStatusHash(_ path: String) -> UInt64 {
        var status = stat()
        var fingerprint = Fingerprint()
        fingerprint.combine(path)
        if stat(path, &status) == 0 { fingerprint.combine(status: status) }
        return fingerprint.value
    }

    /// `.public.planet-staging-` beside `public`.
    static func stagingPrefix(for output: String) -> String {
        let url = URL(fileURLWithPath: output)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".planet-staging-"
    }

    /// Removes what an interrupted build left beside the output.
    static func removeLeftoverStaging(besides output: String) {
        let prefix = stagingPrefix(for: output)
        let folder = (prefix as NSString).deletingLastPathComponent
        let namePrefix = (prefix as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(namePrefix) {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// Relative, `/`-separated, with no empty, `.` or `..` segment and no NUL: it cannot leave its folder.
    public static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }

    static func realpathString(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
