import Foundation

/// Reads whole files with plain POSIX calls: one `open`, `fstat` and `read` per file, no mapping.
enum FileReader {
    /// No site file the build reads may be larger than this, so a larger one is read only this far
    /// (and one byte more), enough for the build to refuse it without holding it in memory.
    static let maximumSize = SiteLayout.maximumMemberFileSize

    /// The bytes of the file at `path` (at most `maximumSize` + 1), or nil when it cannot be read.
    static func read(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var data = Data(count: min(Int(status.st_size), maximumSize + 1))
        var length = 0
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            while length < buffer.count {
                let count = Glibc.read(descriptor, buffer.baseAddress! + length, buffer.count - length)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return count == 0 }
                length += count
            }
            return true
        }
        guard complete else { return nil }
        if length < data.count { data.count = length }
        return data
    }

    /// Reads `paths` (relative to `root`) on every core; unreadable files are left out.
    static func readAll(_ paths: [String], root: String) -> [String: Data] {
        let contents = paths.parallelMap { read(root + "/" + $0) }
        var files: [String: Data] = [:]
        files.reserveCapacity(paths.count)
        for (path, data) in zip(paths, contents) where data != nil { files[path] = data }
        return files
    }
}
