internal import CPlanetSystem
import Foundation
import PlanetLoad

/// The changes to a site's files as Linux reports them (inotify): one watch on the site folder and on each folder the
/// build reads, added as folders appear. Used on one thread at a time (the watcher's); nil where inotify is missing
/// or the system's limit of watches is reached, and the watcher polls instead.
final class FolderEvents {
    private let root: String
    private var descriptor: Int32 = -1
    /// Each watch's folder, relative to the site ("" for the site folder).
    private var folders: [Int32: String] = [:]
    /// A symbolic link was met: a change to its target is reported under the target's name, not the link's, so no
    /// batch can be trusted to name every changed path.
    private var metLink = false
    private var buffer = [UInt8](repeating: 0, count: 256 * 1024)

    /// Watches `root` (with symbolic links resolved) and the folders the build reads under it.
    init?(root: String) {
        self.root = root
        guard start() else { return nil }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Waits up to `milliseconds` for changes: nil when none came, `.unknown` when the events lost track.
    /// Throws when the watch itself failed (the watcher then polls).
    func next(milliseconds: Int32) throws -> SiteChanges? {
        let count = buffer.withUnsafeMutableBytes { planet_watch_read(descriptor, milliseconds, $0.baseAddress, $0.count) }
        guard count >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        guard count > 0 else { return nil }
        var changed: Set<String> = []
        var lostTrack = false
        var newFolders: [String] = []
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            var watch: Int32 = 0
            var kind: UInt32 = 0
            var name: UnsafePointer<CChar>? = nil
            while true {
                let next = planet_watch_event(bytes.baseAddress, count, offset, &watch, &kind, &name)
                guard next > 0 else { break }
                offset = next
                let entry = name.map { String(cString: $0) } ?? ""
                if kind & UInt32(PLANET_WATCH_OVERFLOW) != 0 {
                    lostTrack = true
                    continue
                }
                guard let folder = folders[watch] else { continue }
                if kind & UInt32(PLANET_WATCH_GONE) != 0 {
                    folders[watch] = nil
                    if !folder.isEmpty { changed.insert(folder) }
                    continue
                }
                guard kind & UInt32(PLANET_WATCH_CHANGED) != 0, !entry.isEmpty else { continue }
                let path = folder.isEmpty ? entry : folder + "/" + entry
                guard SiteLayout.isRead(path) else { continue }
                changed.insert(path)
                if kind & UInt32(PLANET_WATCH_FOLDER) != 0 {
                    // A folder renamed in or out changes the names of everything under it, which watches know by their old names.
                    if kind & UInt32(PLANET_WATCH_MOVED) != 0 { lostTrack = true } else { newFolders.append(path) }
                } else if isLink(path) {
                    metLink = true
                }
            }
        }
        if lostTrack {
            close(descriptor)
            folders = [:]
            guard start() else { throw POSIXError(.ENOSPC) }
            return .unknown
        }
        for folder in newFolders where isFolder(folder) {
            guard watchTree(folder) else { throw POSIXError(.ENOSPC) }
        }
        return metLink ? .unknown : .paths(changed)
    }

    /// A new instance watching the site folder and every read folder under it.
    private func start() -> Bool {
        descriptor = planet_watch_open()
        guard descriptor >= 0 else { return false }
        let watch = planet_watch_add(descriptor, root)
        guard watch >= 0 else { return false }
        folders = [watch: ""]
        for folder in SiteLayout.sourceFolders + [".planet", SiteLayout.feedCacheFolder] where isFolder(folder) {
            guard watchTree(folder) else { return false }
        }
        return true
    }

    /// Watches `folder` and its visible subfolders (a folder made with files in it reports them with its own path).
    private func watchTree(_ folder: String) -> Bool {
        guard add(folder) else { return false }
        if folder == ".planet" { return !isFolder(SiteLayout.feedCacheFolder) || watchTree(SiteLayout.feedCacheFolder) }
        guard let entries = DirectoryLister.system.entries(root + "/" + folder) else { return true }
        for entry in entries where !entry.isRegularFile && !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            if isLink(path) {
                metLink = true
            } else if isFolder(path) {
                guard watchTree(path) else { return false }
            }
        }
        return true
    }

    private func add(_ folder: String) -> Bool {
        let watch = planet_watch_add(descriptor, folder.isEmpty ? root : root + "/" + folder)
        if watch >= 0 {
            folders[watch] = folder
            return true
        }
        // A folder gone since it was listed is no failure of the watch; a link where a folder was expected is followed by the build.
        if errno == ENOENT { return true }
        if errno == ENOTDIR {
            metLink = metLink || isLink(folder)
            return true
        }
        return false
    }

    private func isFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(root + "/" + path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    private func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(root + "/" + path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }
}
