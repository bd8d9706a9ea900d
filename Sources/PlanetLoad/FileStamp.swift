import Foundation

/// What `stat` says of a file that changes when it is edited, replaced or made unreadable: its size,
/// modification and status-change times in nanoseconds, inode and mode.
public struct FileStamp: Sendable, Hashable {
    public var size: Int
    /// Modification time, nanoseconds since 1970.
    public var modified: Int64
    /// Status change time (`chmod`, a rename over it...), nanoseconds since 1970.
    public var changed: Int64
    public var inode: UInt64
    public var mode: UInt32

    init(_ status: stat) {
        #if canImport(Darwin)
        modified = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        changed = Int64(status.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(status.st_ctimespec.tv_nsec)
        #else
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        changed = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
        #endif
        size = Int(status.st_size)
        inode = UInt64(status.st_ino)
        mode = UInt32(status.st_mode)
    }

    init(size: Int, modified: Int64, changed: Int64, inode: UInt64, mode: UInt32) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.mode = mode
    }
}
