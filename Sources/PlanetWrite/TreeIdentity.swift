import Foundation

/// Which folder a manifest describes: its device and inode. A swap moves the identity with the folder,
/// and a folder deleted and made again gets a new one, so a manifest never vouches for another tree.
struct TreeIdentity: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64

    /// The identity of the folder at `path`, nil when there is none.
    static func of(_ path: String) -> TreeIdentity? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return TreeIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
