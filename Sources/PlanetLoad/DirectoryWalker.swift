import Foundation
import PlanetCore

/// Lists the files of a site's source folders, refusing symbolic links that lead outside the site.
/// Hidden entries (`.git`, `.DS_Store`...) are skipped.
struct DirectoryWalker: Sendable {
    /// The site folder, with symbolic links resolved.
    let root: String
    private(set) var files: [String] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// With `recordsStamps`, the modification time and size of each file of `files`.
    private(set) var stamps: [String: FileStamp] = [:]
    var recordsStamps = false
    private let lister: DirectoryLister
    private static let maximumDepth = 32

    init(root: String, lister: DirectoryLister = .system, recordsStamps: Bool = false) {
        self.root = root
        self.lister = lister
        self.recordsStamps = recordsStamps
    }

    /// `walk` of each of `relativePaths` in turn, the subtrees of a plain folder's entries listed on every
    /// core (a site's folders hold thousands of `stat`s): the same files, stamps and diagnostics, in the same order.
    mutating func walkOnEveryCore(_ relativePaths: [String]) {
        for relativePath in relativePaths {
            var status = stat()
            guard lstat(root + "/" + relativePath, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR,
                  let listed = lister.entries(root + "/" + relativePath) else {
                walk(relativePath)
                continue
            }
            let children = Self.visible(listed).map { relativePath + "/" + $0.name }
            let template = DirectoryWalker(root: root, lister: lister, recordsStamps: recordsStamps)
            let subtrees = children.parallelMap { child in
                var walker = template
                walker.walk(child, depth: 1)
                return walker
            }
            for subtree in subtrees {
                files += subtree.files
                diagnostics += subtree.diagnostics
                stamps.merge(subtree.stamps) { first, _ in first }
            }
        }
    }

    mutating func walk(_ relativePath: String, depth: Int = 0) {
        let absolute = root + "/" + relativePath
        var status = stat()
        guard lstat(absolute, &status) == 0 else { return }
        var isDirectory = (status.st_mode & S_IFMT) == S_IFDIR
        if (status.st_mode & S_IFMT) == S_IFLNK {
            guard let target = realpath(absolute, nil) else {
                diagnostics.append(.error("broken symbolic link", at: SourceLocation(path: relativePath)))
                return
            }
            let resolved = String(cString: target)
            free(target)
            guard resolved == root || resolved.hasPrefix(root + "/") else {
                diagnostics.append(.error(
                    "symbolic link points outside the site (to \(resolved)); planet reads no file outside the site folder",
                    at: SourceLocation(path: relativePath)))
                return
            }
            guard stat(resolved, &status) == 0 else { return }
            isDirectory = (status.st_mode & S_IFMT) == S_IFDIR
        }
        guard isDirectory else {
            if (status.st_mode & S_IFMT) == S_IFREG {
                files.append(relativePath)
                if recordsStamps { stamps[relativePath] = FileStamp(status) }
            }
            return
        }
        guard depth < Self.maximumDepth else {
            diagnostics.append(.error("folders nested too deeply", at: SourceLocation(path: relativePath)))
            return
        }
        guard let listed = lister.entries(absolute) else {
            diagnostics.append(.error("cannot read this folder", at: SourceLocation(path: relativePath)))
            return
        }
        for entry in Self.visible(listed) {
            let path = relativePath + "/" + entry.name
            if entry.isRegularFile, !recordsStamps {
                files.append(path)
            } else {
                walk(path, depth: depth + 1)
            }
        }
    }

    /// A folder's entries but the hidden ones, in code point order: the order of every listing.
    private static func visible(_ listed: [DirectoryEntry]) -> [DirectoryEntry] {
        listed.filter { !$0.name.hasPrefix(".") }.sorted { codePointOrder($0.name, $1.name) }
    }
}
