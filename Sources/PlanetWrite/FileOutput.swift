import Foundation

/// Writes one file with plain POSIX calls: no temporary file and no fsync per file, since the whole
/// staging folder is swapped in at once.
enum FileOutput {
    /// Writes `data` to `path`; returns the reason on failure (a full disk, a read-only folder...).
    static func write(_ data: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        let failure = data.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
        if close(descriptor) != 0, failure == nil { return String(cString: strerror(errno)) }
        return failure
    }

    /// Makes `destination` another name of the file at `source` (a hard link), or a copy of its bytes
    /// where the file system has no hard links. Returns the reason on failure.
    static func link(_ source: String, to destination: String) -> String? {
        if Glibc.link(source, destination) == 0 { return nil }
        let linkError = errno
        guard linkError == EPERM || linkError == EXDEV || linkError == EMLINK || linkError == ENOTSUP || linkError == EOPNOTSUPP,
              let data = FileManager.default.contents(atPath: source) else {
            return String(cString: strerror(linkError))
        }
        return write(data, to: destination)
    }
}
