import PlanetCore

/// One record of the writer's journal (`ManifestJournal`): the whole manifest, or a change to it.
enum ManifestRecord: Sendable, Equatable {
    /// What a write changed, appended once its trees are in place.
    struct Commit: Sendable, Equatable {
        /// The published tree now.
        var tree: TreeIdentity
        /// The spare tree now, which the write left as its manifest says.
        var spare: TreeIdentity
        /// The published files that changed, by path; nil for a file that is gone.
        var changes: [String: OutputManifest.Entry?]
        /// Where the spare tree now differs from the published one (`OutputManifest.spareDifferences`).
        var spareDifferences: [String: UInt64?]
    }

    /// The whole manifest: the first record of a journal.
    case snapshot(OutputManifest)
    /// The spare tree is about to change: it is not to be trusted until the next commit.
    case spareChanging
    case commit(Commit)

    private enum Kind: UInt64 {
        case snapshot = 1, spareChanging, commit
    }

    var encoded: ByteWriter {
        var writer = ByteWriter()
        switch self {
        case .snapshot(let manifest):
            writer.write(Kind.snapshot.rawValue)
            Self.write(manifest.tree, to: &writer)
            writer.write(manifest.spare != nil)
            if let spare = manifest.spare { Self.write(spare, to: &writer) }
            writer.write(manifest.entries.count)
            for (path, entry) in manifest.entries { Self.write(path, entry, to: &writer) }
            Self.write(manifest.spareDifferences, to: &writer)
        case .spareChanging:
            writer.write(Kind.spareChanging.rawValue)
        case .commit(let commit):
            writer.write(Kind.commit.rawValue)
            Self.write(commit.tree, to: &writer)
            Self.write(commit.spare, to: &writer)
            writer.write(commit.changes.count)
            for (path, entry) in commit.changes {
                writer.write(path)
                writer.write(entry != nil)
                if let entry {
                    writer.write(entry.fingerprint)
                    writer.write(entry.contentHash)
                }
            }
            Self.write(commit.spareDifferences, to: &writer)
        }
        return writer
    }

    /// Nil for a damaged record.
    init?(decoding reader: inout ByteReader) {
        guard let kind = reader.uint64().flatMap(Kind.init(rawValue:)) else { return nil }
        switch kind {
        case .snapshot:
            guard let tree = Self.tree(&reader), let hasSpare = reader.bool() else { return nil }
            var spare: TreeIdentity?
            if hasSpare {
                guard let identity = Self.tree(&reader) else { return nil }
                spare = identity
            }
            guard let count = reader.int(), count >= 0 else { return nil }
            var entries: [String: OutputManifest.Entry] = [:]
            entries.reserveCapacity(min(count, 1 << 20))
            for _ in 0..<count {
                guard let path = reader.string(), let fingerprint = reader.uint64(), let hash = reader.uint64() else { return nil }
                entries[path] = OutputManifest.Entry(fingerprint: fingerprint, contentHash: hash)
            }
            guard let differences = Self.differences(&reader) else { return nil }
            self = .snapshot(OutputManifest(tree: tree, entries: entries, spare: spare, spareDifferences: differences))
        case .spareChanging:
            self = .spareChanging
        case .commit:
            guard let tree = Self.tree(&reader), let spare = Self.tree(&reader), let count = reader.int(), count >= 0 else { return nil }
            var changes: [String: OutputManifest.Entry?] = [:]
            for _ in 0..<count {
                guard let path = reader.string(), let present = reader.bool() else { return nil }
                if present {
                    guard let fingerprint = reader.uint64(), let hash = reader.uint64() else { return nil }
                    changes[path] = .some(OutputManifest.Entry(fingerprint: fingerprint, contentHash: hash))
                } else {
                    changes[path] = .some(nil)
                }
            }
            guard let differences = Self.differences(&reader) else { return nil }
            self = .commit(Commit(tree: tree, spare: spare, changes: changes, spareDifferences: differences))
        }
        guard reader.isAtEnd else { return nil }
    }

    private static func write(_ tree: TreeIdentity, to writer: inout ByteWriter) {
        writer.write(tree.device)
        writer.write(tree.inode)
    }

    private static func tree(_ reader: inout ByteReader) -> TreeIdentity? {
        guard let device = reader.uint64(), let inode = reader.uint64() else { return nil }
        return TreeIdentity(device: device, inode: inode)
    }

    private static func write(_ path: String, _ entry: OutputManifest.Entry, to writer: inout ByteWriter) {
        writer.write(path)
        writer.write(entry.fingerprint)
        writer.write(entry.contentHash)
    }

    private static func write(_ differences: [String: UInt64?], to writer: inout ByteWriter) {
        writer.write(differences.count)
        for (path, hash) in differences {
            writer.write(path)
            writer.write(hash != nil)
            if let hash { writer.write(hash) }
        }
    }

    private static func differences(_ reader: inout ByteReader) -> [String: UInt64?]? {
        guard let count = reader.int(), count >= 0 else { return nil }
        var differences: [String: UInt64?] = [:]
        for _ in 0..<count {
            guard let path = reader.string(), let present = reader.bool() else { return nil }
            if present {
                guard let hash = reader.uint64() else { return nil }
                differences[path] = .some(hash)
            } else {
                differences[path] = .some(nil)
            }
        }
        return differences
    }
}
