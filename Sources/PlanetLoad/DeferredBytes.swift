import Foundation

/// The bytes of a file read on first use, once, whichever thread asks first.
final class DeferredBytes: @unchecked Sendable {
    private let absolutePath: String
    private let lock = NSLock()
    private var data: Data?

    init(absolutePath: String) {
        self.absolutePath = absolutePath
    }

    /// Empty when the file can no longer be read (it was removed since the load).
    var bytes: Data {
        lock.withLock {
            if let data { return data }
            let read = FileReader.read(absolutePath) ?? Data()
            data = read
            return read
        }
    }
}
