import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files that a crash or a kill leaves whole or absent: the data is written to a temporary file and fsynced
/// before the name appears (by a rename, or a link that never replaces), then the folder is fsynced.
public enum DurableFile {
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case notWritten(path: String, reason: String)

        public var description: String {
            switch self {
            case .notWritten(let path, let reason): "\(path): \(reason)"
            }
        }
    }

    /// Writes `data` at `path`, replacing what is there, through `.<name>.tmp` beside it; the folder must exist.
    /// `mode` is the new file's (0600 for the intake's secrets).
    public static func write(_ data: Data, to path: String, mode: mode_t = 0o644) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".tmp"
        try writeSynced(data, to: temporary, mode: mode)
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        syncFolder(folder)
    }

    /// Writes `data` to `temporary`, then links it as `destination`, which is never replaced: false when it
    /// exists. `temporary` is removed either way.
    public static func create(_ data: Data, at destination: String, through temporary: String, mode: mode_t = 0o644) throws -> Bool {
        defer { unlink(temporary) }
        try writeSynced(data, to: temporary, mode: mode)
        if link(temporary, destination) != 0 {
            if errno == EEXIST { return false }
            throw failure(destination)
        }
        syncFolder((destination as NSString).deletingLastPathComponent)
        return true
    }

    /// Removes `path` (already absent is fine) and makes that durable.
    public static func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw failure(path) }
        syncFolder((path as NSString).deletingLastPathComponent)
    }

    /// Makes a rename, a link or an unlink in `folder` durable.
    public static func syncFolder(_ folder: String) {
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Creates or truncates `path`, writes all of `data` and fsyncs it.
    private static func writeSynced(_ data: Data, to path: String, mode: mode_t) throws {
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure(path) }
        var written = 0
        let complete = data.withUnsafeBytes { raw -> Bool in
            while written < raw.count {
                let count = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
        let synced = complete && fsync(descriptor) == 0
        let error = failure(path)
        close(descriptor)
        guard synced else { throw error }
    }

    private static func failure(_ path: String) -> Failure {
        .notWritten(path: path, reason: String(cString: strerror(errno)))
    }
}
