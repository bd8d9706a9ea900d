import Foundation

/// The spare tree while a build brings it up to date: the files it holds, by path, and its folders.
struct SpareTree {
    let path: String
    var entries: [String: OutputManifest.Entry]
    var folders: Set<Substring>

    init(path: String, entries: [String: OutputManifest.Entry]) {
        self.path = path
        self.entries = entries
        self.folders = SiteWriter.folders(of: entries.keys)
    }

    /// Makes way for a new file at `relative`: removes what the spare holds there, and a file where
    /// one of its folders must be, or a folder where the file must be. The old name is always
    /// removed first, so that no new file is ever written through an inode shared with the
    /// published tree.
    mutating func clear(_ relative: String, keeping desired: [String: OutputManifest.Entry]) throws(SiteWriterError) {
        entries[relative] = nil
        try remove(relative)
        var folder = Substring(relative)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            if entries.removeValue(forKey: String(folder)) != nil { try remove(String(folder)) }
        }
        guard folders.contains(Substring(relative)) else { return }
        let prefix = relative + "/"
        if desired.keys.contains(where: { $0.hasPrefix(prefix) }) {
            throw .io(path: relative, reason: "the site has both a file and a folder at this path")
        }
        for key in entries.keys where key.hasPrefix(prefix) { entries[key] = nil }
        folders = folders.filter { $0 != relative && !$0.hasPrefix(prefix) }
        do {
            try FileManager.default.removeItem(atPath: path + "/" + relative)
        } catch {
            throw .io(path: relative, reason: error.localizedDescription)
        }
    }

    /// Removes the files that `desired` does not hold, and the folders this leaves empty.
    mutating func removeAll(except desired: [String: OutputManifest.Entry]) throws(SiteWriterError) {
        let stale = entries.keys.filter { desired[$0] == nil }
        for relative in stale {
            try remove(relative)
            entries[relative] = nil
        }
        for folder in SiteWriter.folders(of: stale).sorted(by: { $0.utf8.count > $1.utf8.count }) {
            rmdir(path + "/" + folder)
        }
    }

    /// Unlinks the file at `relative`; one that is not there is fine, and so is a folder, which
    /// `clear` removes.
    private func remove(_ relative: String) throws(SiteWriterError) {
        guard unlink(path + "/" + relative) == 0 || errno == ENOENT || errno == ENOTDIR || errno == EISDIR else {
            throw .io(path: relative, reason: String(cString: strerror(errno)))
        }
    }
}
