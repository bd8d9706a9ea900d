import Foundation
import PlanetCore

/// What the writer knows of one output tree it wrote: each file's content hash and the fingerprint of
/// the inputs that made it. Saved beside the output; the next build reads it to skip unchanged work.
public struct OutputManifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// `Fingerprint` of the file's inputs; 0 when the build could not tell.
        public var fingerprint: UInt64
        /// `Fingerprint` of the file's bytes (of the source's path and status, for copied files).
        public var contentHash: UInt64
    }

    var tree: TreeIdentity
    public var entries: [String: Entry]

    /// The input fingerprint of every file, for `BuildPipeline`'s skipping.
    public var fingerprints: [String: UInt64] {
        entries.compactMapValues { $0.fingerprint == 0 ? nil : $0.fingerprint }
    }

    private static let magic = "planet-output-manifest 1"

    var encoded: Data {
        var writer = ByteWriter()
        writer.write(Self.magic)
        writer.write(tree.device)
        writer.write(tree.inode)
        writer.write(entries.count)
        for (path, entry) in entries.sorted(by: { codePointOrder($0.key, $1.key) }) {
            writer.write(path)
            writer.write(entry.fingerprint)
            writer.write(entry.contentHash)
        }
        return writer.data
    }

    /// Nil for a damaged or foreign file.
    init?(decoding data: Data) {
        var reader = ByteReader(data)
        guard reader.string() == Self.magic, let device = reader.uint64(), let inode = reader.uint64(),
              let count = reader.int(), count >= 0 else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            guard let path = reader.string(), let fingerprint = reader.uint64(), let hash = reader.uint64() else { return nil }
            entries[path] = Entry(fingerprint: fingerprint, contentHash: hash)
        }
        guard reader.isAtEnd else { return nil }
        self.init(tree: TreeIdentity(device: device, inode: inode), entries: entries)
    }

    init(tree: TreeIdentity, entries: [String: Entry]) {
        self.tree = tree
        self.entries = entries
    }
}
