import Foundation
import PlanetCore

extension InputIndex {
    private static let magic = "planet-input-index 1"

    /// The index as bytes, entries in path order.
    public var encoded: Data {
        var writer = ByteWriter()
        writer.write(Self.magic)
        writer.write(Int(takenAt))
        writer.write(entries.count)
        for (path, entry) in entries.sorted(by: { codePointOrder($0.key, $1.key) }) {
            writer.write(path)
            writer.write(entry.stamp.size)
            writer.write(Int(entry.stamp.modified))
            writer.write(Int(entry.stamp.changed))
            writer.write(entry.stamp.inode)
            writer.write(UInt64(entry.stamp.mode))
            writer.write(entry.digest != nil)
            writer.write(entry.digest ?? 0)
        }
        return writer.data
    }

    /// Nil for a damaged or foreign file, which the loader treats as no index (it reads every file).
    public init?(decoding data: Data) {
        var reader = ByteReader(data)
        guard reader.string() == Self.magic, let takenAt = reader.int(), let count = reader.int(), count >= 0 else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            guard let path = reader.string(), let size = reader.int(), let modified = reader.int(), let changed = reader.int(),
                  let inode = reader.uint64(), let mode = reader.uint64(), let hasDigest = reader.bool(),
                  let digest = reader.uint64() else { return nil }
            let stamp = FileStamp(size: size, modified: Int64(modified), changed: Int64(changed), inode: inode, mode: UInt32(truncatingIfNeeded: mode))
            entries[path] = Entry(stamp: stamp, digest: hasDigest ? digest : nil)
        }
        guard reader.isAtEnd else { return nil }
        self.init(takenAt: Int64(takenAt), entries: entries)
    }
}
