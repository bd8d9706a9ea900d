import Foundation

/// The spare tree while a write brings it up to date, known by where it differs from the published tree:
/// a write that changes a few files looks at those files, never at every file of the site.
struct SpareTree {
    let path: String
    /// The published files, by path.
    let published: [String: OutputManifest.Entry]
    /// The content hash of the spare's file where it differs from the published one; nil where it holds none.
    private(set) var differences: [String: UInt64?]
    /// Folders this write made or found in the spare, so that it asks for each once.
    var folders = Set<Substring>()

    init(path: String, published: [String: OutputManifest.Entry], differences: [String: UInt64?]) {
        self.path = path
        self.published = published
        self.differences = differences
    }

    /// The content hash of the spare's file at `relative`, nil when it holds none.
    func hash(_ relative: String) -> UInt64? {
        if let difference = differences[relative] { return difference }
        return published[relative]?.contentHash
    }

    /// Records that the spare's file at `relative` now has `hash` (nil: that it holds none).
    mutating func set(_ relative: String, _ hash: UInt64?) {
        if published[relative]?.contentHash == hash {
            differences[relative] = nil
        } else {
            differences[relative] = .some(hash)
        }
    }

    /// Makes way for a new file at `relative`: removes what the spare holds there, and a file where one of its
    /// folders must be, or a folder where the file must be, unless `isWanted` says a file of the new site lies
    /// under that folder. The old name is always removed first, so that no new file is ever written through an
    /// inode shared with the published tree.
    mutating func clear(_ relative: String, isWanted: (_ folderPrefix: String) -> Bool) throws(SiteWriterError) {
        set(relative, nil)
        if unlink(path + "/" + relative) != 0 {
            switch errno {
            case ENOENT, ENOTDIR: break
            case EISDIR, EPERM: try removeFolder(relative, isWanted: isWanted)
            case let code: throw .io(path: relative, reason: String(cString: strerror(code)))
            }
        }
        var folder = Substring(relative)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            if hash(String(folder)) != nil { try remove(String(folder)) }
        }
    }

    /// Removes the spare's file at `relative`; one that is not there is fine.
    mutating func remove(_ relative: String) throws(SiteWriterError) {
        guard unlink(path + "/" + relative) == 0 || errno == ENOENT || errno == ENOTDIR else {
            throw .io(path: relative, reason: String(cString: strerror(errno)))
        }
        set(relative, nil)
    }

    /// Removes the folders that held `removed` files and are now empty, deepest first.
    func removeEmptyFolders(of removed: some Sequence<String>) {
        for folder in SiteWriter.folders(of: removed).sorted(by: { $0.utf8.count > $1.utf8.count }) {
            rmdir(path + "/" + folder)
        }
    }

    /// Removes the folder at `relative` and forgets the files it held.
    private mutating func removeFolder(_ relative: String, isWanted: (String) -> Bool) throws(SiteWriterError) {
        let prefix = relative + "/"
        if isWanted(prefix) { throw .io(path: relative, reason: "the site has both a file and a folder at this path") }
        let held = published.keys.filter { $0.hasPrefix(prefix) } + differences.keys.filter { $0.hasPrefix(prefix) }
        for key in held { set(key, nil) }
        folders = folders.filter { $0 != relative && !$0.hasPrefix(prefix) }
        do {
            try FileManager.default.removeItem(atPath: path + "/" + relative)
        } catch {
            throw .io(path: relative, reason: error.localizedDescription)
        }
    }
}
