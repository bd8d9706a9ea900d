import Foundation
import PlanetCore

/// The raw bytes of one site file, read at the loading edge, and their fingerprint, which is what the
/// build cache keys the file's parse by. A file that the input index shows unchanged since the previous
/// build is not read at load: its bytes are read only if a stage asks for them.
public struct SourceFile: Sendable, Hashable {
    /// Relative to the site folder, with `/` separators.
    public var path: String
    /// `Fingerprint.of(bytes)`, known without reading a file the input index vouches for.
    public let digest: UInt64
    /// The number of bytes (as read, so at most one byte past the loader's limit).
    public let size: Int
    private let storage: Storage

    private enum Storage: Sendable {
        case read(Data)
        case deferred(DeferredBytes)
    }

    public init(path: String, bytes: Data) {
        self.path = path
        digest = Fingerprint.of(bytes)
        size = bytes.count
        storage = .read(bytes)
    }

    /// A file not read yet, whose bytes the input index fingerprinted; `absolutePath` is read on first use.
    init(path: String, digest: UInt64, size: Int, absolutePath: String) {
        self.path = path
        self.digest = digest
        self.size = size
        storage = .deferred(DeferredBytes(absolutePath: absolutePath))
    }

    public var bytes: Data {
        switch storage {
        case .read(let data): data
        case .deferred(let deferred): deferred.bytes
        }
    }

    public static func == (left: SourceFile, right: SourceFile) -> Bool {
        left.path == right.path && left.digest == right.digest && left.size == right.size
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(digest)
    }
}
