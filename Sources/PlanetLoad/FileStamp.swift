import Foundation

/// What `stat` says of a file that changes when it is edited: its modification time and size.
public struct FileStamp: Sendable, Hashable {
    public var seconds: Int
    public var nanoseconds: Int
    public var size: Int

    init(_ status: stat) {
        #if canImport(Darwin)
        seconds = Int(status.st_mtimespec.tv_sec)
        nanoseconds = Int(status.st_mtimespec.tv_nsec)
        #else
        seconds = Int(status.st_mtim.tv_sec)
        nanoseconds = Int(status.st_mtim.tv_nsec)
        #endif
        size = Int(status.st_size)
    }
}
