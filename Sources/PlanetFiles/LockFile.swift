import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock (`flock`) on a file created with mode 0600, held by this value until `release()`
/// (or its end): the one way processes that share a spool take turns.
public final class LockFile {
    private var descriptor: Int32

    /// Takes the lock on `path`, waiting for its holder.
    public convenience init(path: String) throws {
        try self.init(path: path, wait: true)!
    }

    /// Takes the lock on `path` if nobody holds it; nil when another holder has it.
    public static func ifFree(path: String) throws -> LockFile? {
        try LockFile(path: path, wait: false)
    }

    private init?(path: String, wait: Bool) throws {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Self.failure(path) }
        while flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            let held = errno == EWOULDBLOCK
            let failure = Self.failure(path)
            close(descriptor)
            if held && !wait { return nil }
            throw failure
        }
    }

    /// Lets the next holder in.
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    private static func failure(_ path: String) -> DurableFile.Failure {
        .notWritten(path: path, reason: String(cString: strerror(errno)))
    }
}
