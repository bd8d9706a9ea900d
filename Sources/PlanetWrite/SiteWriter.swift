import CPlanetSystem
import Foundation
import PlanetCore

/// The writing edge. The new site is written into a staging folder beside the output, then swapped in
/// with one atomic rename, so that a crash, a kill or a full disk leaves the previous site whole.
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

    /// Writes `files` as the complete content of `output`, copying `.copy` files from `siteRoot`.
    public static func write(_ files: [OutputFile], siteRoot: String, to output: String) throws(SiteWriterError) {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let outputPath = outputURL.path
        let parent = outputURL.deletingLastPathComponent().path
        let root = URL(fileURLWithPath: siteRoot).standardizedFileURL.path
        let resolvedParent = realpathString(parent) ?? parent
        let resolvedOutput = resolvedParent + "/" + outputURL.lastPathComponent
        if resolvedOutput == root || root.hasPrefix(resolvedOutput + "/") {
            throw .outputContainsSite(output: output)
        }
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .io(path: parent, reason: error.localizedDescription)
        }
        removeLeftoverStaging(besides: outputPath)
        let staging = stagingPrefix(for: outputPath) + String(getpid())
        try? manager.removeItem(atPath: staging)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
            try writeFiles(files, siteRoot: root, into: staging)
        } catch let error as SiteWriterError {
            try? manager.removeItem(atPath: staging)
            throw error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw .io(path: staging, reason: error.localizedDescription)
        }
        try swap(staging, into: outputPath)
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

    private static func writeFiles(_ files: [OutputFile], siteRoot: String, into staging: String) throws {
        for file in files {
            guard isSafeRelativePath(file.path) else { throw SiteWriterError.unsafePath(file.path) }
            if case .copy(let source) = file.content, !isSafeRelativePath(source) { throw SiteWriterError.unsafePath(source) }
        }
        var folders = Set<Substring>()
        for file in files {
            var path = Substring(file.path)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard folders.insert(path).inserted else { break }
            }
        }
        for folder in folders.sorted(by: { $0.utf8.count < $1.utf8.count }) {
            if mkdir(staging + "/" + folder, 0o755) != 0, errno != EEXIST {
                throw SiteWriterError.io(path: String(folder), reason: String(cString: strerror(errno)))
            }
        }
        let failures = files.parallelMap { file -> SiteWriterError? in
            let destination = staging + "/" + file.path
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
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// Relative, `/`-separated, with no empty, `.` or `..` segment and no NUL: it cannot leave its folder.
    public static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }

    /// Puts `staging` in place of `output` in one atomic step, then removes the previous site.
    private static func swap(_ staging: String, into output: String) throws(SiteWriterError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: output, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                try? manager.removeItem(atPath: staging)
                throw .io(path: output, reason: "it is a file, not a folder")
            }
            if planet_exchange_paths(staging, output) == 0 {
                try? manager.removeItem(atPath: staging)
                return
            }
            let previous = stagingPrefix(for: output) + "previous-\(getpid())"
            guard rename(output, previous) == 0 else {
                try? manager.removeItem(atPath: staging)
                throw .io(path: output, reason: String(cString: strerror(errno)))
            }
            guard rename(staging, output) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(previous, output)
                try? manager.removeItem(atPath: staging)
                throw .io(path: output, reason: reason)
            }
            try? manager.removeItem(atPath: previous)
        } else if rename(staging, output) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: staging)
            throw .io(path: output, reason: reason)
        }
    }

    private static func realpathString(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
