import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that a crash or a kill leaves either the whole new file or none: a temporary file beside it
/// (`.<name>.tmp`), written, fsynced and renamed into place, then the folder fsynced.
public enum DurableFile {
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case notWritten(path: String, reason: String)

        public var description: String {
            switch self {
            case .notWritten(let path, let reason): "\(path): \(reason)"
            }
        }
    }

    /// Writes `data` at `path`, replacing what is there; the folder must exist.
    public static func write(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
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
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        syncFolder(folder)
    }

    /// Makes a rename or an unlink in `folder` durable.
    public static func syncFolder(_ folder: String) {
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func failure(_ path: String) -> Failure {
        .notWritten(path: path, reason: String(cString: strerror(errno)))
    }
}
