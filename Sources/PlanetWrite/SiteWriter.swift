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
///
/// What the writer knows of both trees is a journal beside them (`.public.planet/manifest.journal`): a
/// write appends the files it changed, never the manifest of every file. `write` compares every file of
/// the site with it; `apply` takes only the files that changed and the paths removed, for a build that
/// knows them.
public enum SiteWriter {
    /// Why `files` cannot be written, as diagnostics: output paths written twice (a static file named like a
    /// generated page) and files that could not be made.
    public static func rejections(in files: [OutputFile]) -> [Diagnostic] {
        var ledger = PathLedger()
        _ = ledger.admit(files)
        return ledger.rejections
    }

    /// The input fingerprints of the site published at `output`, by path, for `BuildPipeline` to skip
    /// the files whose inputs did not change. Empty when `output` holds no site this writer made.
    public static func previousFingerprints(output: String) -> [String: UInt64] {
        OutputState(output: URL(fileURLWithPath: output).standardizedFileURL.path).journal()?.manifest.fingerprints ?? [:]
    }

    /// What identifies the site published at `output` as this writer left it: the folder's identity and its
    /// manifest's stamp. Nil when `output` holds no site this writer made.
    public static func publishedStamp(output: String) -> UInt64? {
        OutputState(output: URL(fileURLWithPath: output).standardizedFileURL.path).liveStamp()
    }

    /// Writes `files` as the complete content of `output`, copying `.copy` files from `siteRoot`.
    /// `.unchanged` files are taken from the site now published there.
    @discardableResult
    public static func write(_ files: [OutputFile], siteRoot: String, to output: String) throws(SiteWriterError) -> WriteReport {
        try write(OutputPlan(files: files), siteRoot: siteRoot, to: output)
    }

    /// Renders the files of `plan` a batch at a time and writes each batch before rendering the next;
    /// the new site replaces the one at `output` only once every file is written. Every file is compared
    /// with the published site's manifest: the way for a first build, or one that does not know what changed.
    @discardableResult
    public static func write(_ plan: OutputPlan, siteRoot: String, to output: String) throws(SiteWriterError) -> WriteReport {
        let (state, root) = try prepare(output: output, siteRoot: siteRoot)
        guard let journal = state.journal() else {
            return try writeAll(plan, siteRoot: root, state: state)
        }
        return try update(plan, state: state, journal: journal, siteRoot: root)
    }

    /// The writer's state beside `output` and the site's resolved root; refuses an output that holds the site,
    /// makes the output's parent folder and removes what an interrupted build left beside it.
    static func prepare(output: String, siteRoot: String) throws(SiteWriterError) -> (OutputState, String) {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let outputPath = outputURL.path
        let parent = outputURL.deletingLastPathComponent().path
        let root = URL(fileURLWithPath: siteRoot).standardizedFileURL.path
        let resolvedParent = realpathString(parent) ?? parent
        let resolvedOutput = resolvedParent + "/" + outputURL.lastPathComponent
        if resolvedOutput == root || root.hasPrefix(resolvedOutput + "/") {
            throw .outputContainsSite(output: output)
        }
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .io(path: parent, reason: error.localizedDescription)
        }
        removeLeftoverStaging(besides: outputPath)
        return (OutputState(output: outputPath), root)
    }

    /// Throws on a path, or a copy's source, that would leave its folder.
    static func checkPaths(_ files: [OutputFile]) throws(SiteWriterError) {
        for file in files {
            guard isSafeRelativePath(file.path) else { throw .unsafePath(file.path) }
            if case .copy(let source) = file.content, !isSafeRelativePath(source) { throw .unsafePath(source) }
        }
    }

    /// The hash of a file's bytes, of its source's status for a copy, or the published file's for an
    /// unchanged one; nil when that published file is unknown.
    static func contentHash(of file: OutputFile, siteRoot: String, published: [String: OutputManifest.Entry]) -> UInt64? {
        switch file.content {
        case .data(let data): Fingerprint.of(data)
        case .copy(let source): sourceStatusHash(siteRoot + "/" + source)
        case .unchanged: published[file.path]?.contentHash
        case .failed: nil
        }
    }

    /// A copied file's identity without reading it: its path, size, modification time and inode.
    static func sourceStatusHash(_ path: String) -> UInt64 {
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
        var segment = 0
        var dots = 0
        for byte in path.utf8 {
            switch byte {
            case 0: return false
            case UInt8(ascii: "/"):
                guard segment > 0, dots != segment || dots > 2 else { return false }
                segment = 0
                dots = 0
            default:
                segment += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return segment > 0 && (dots != segment || dots > 2)
    }

    static func realpathString(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
