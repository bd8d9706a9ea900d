import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files that survive a crash once written: data is synced before the name appears, and the folder after.
enum DurableFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `data` to `temporary` and syncs it, then links it as `destination` (which must not exist: false
    /// when it does), removes `temporary` and syncs the destination's folder.
    static func create(_ data: Data, at destination: String, through temporary: String) throws -> Bool {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot create \(temporary): errno \(errno)") }
        defer { unlink(temporary) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let synced = written && fsync(descriptor) == 0
        close(descriptor)
        guard synced else { throw Failure(description: "cannot write \(temporary): errno \(errno)") }
        if link(temporary, destination) != 0 {
            if errno == EEXIST { return false }
            throw Failure(description: "cannot link \(destination): errno \(errno)")
        }
        try syncFolder(of: destination)
        return true
    }

    /// Removes `path` and syncs its folder.
    static func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw Failure(description: "cannot remove \(path): errno \(errno)") }
        try syncFolder(of: path)
    }

    static func syncFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: "cannot open \(folder): errno \(errno)") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw Failure(description: "cannot sync \(folder): errno \(errno)") }
    }
}
