import Foundation
import PlanetCore

/// The writer's manifest on disk: a snapshot, then the records of the writes since, each appended with its
/// length and checksum, so that a write adds a few hundred bytes instead of rewriting the manifest of every
/// file. A record cut short by a crash fails its checksum: it and whatever follows are ignored, and cut off
/// before the next append. Once the records outweigh the snapshot, the journal is rewritten as one snapshot
/// (into a temporary file renamed into place).
struct ManifestJournal {
    let path: String
    /// The manifest as the journal's valid records leave it.
    private(set) var manifest: OutputManifest
    /// The bytes of the header and valid records; anything after them is cut off before the next append.
    private(set) var length: Int
    /// The bytes of the header and snapshot, to tell when the records outweigh them.
    private var snapshotLength: Int
    /// Set when the folder at the spare's place is not the tree the manifest names (gone, or made again).
    private(set) var spareIsStale = false

    private static let magic = "planet-output-journal 1"
    /// Bytes before each record's payload: its length and checksum.
    private static let frameLength = 16

    /// The journal at `path`; nil when it is missing, foreign, or damaged before the end of its snapshot.
    static func load(path: String) -> ManifestJournal? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var header = ByteReader(data)
        let headerLength = 8 + magic.utf8.count
        guard header.string() == magic, case let (.snapshot(first), snapshotLength)? = record(in: data, at: data.startIndex + headerLength) else {
            return nil
        }
        var manifest = first
        var offset = snapshotLength
        while case let (next, end)? = record(in: data, at: offset) {
            if case .snapshot = next { break }
            manifest.apply(next)
            offset = end
        }
        return ManifestJournal(path: path, manifest: manifest, length: offset - data.startIndex, snapshotLength: snapshotLength - data.startIndex)
    }

    /// Writes a journal holding `manifest` alone in place of the one at `path`; nil when it cannot be saved
    /// (then there is none: the next build writes every file).
    static func create(path: String, manifest: OutputManifest) -> ManifestJournal? {
        var writer = ByteWriter()
        writer.write(magic)
        var data = writer.data
        append(.snapshot(manifest), to: &data)
        let temporary = path + ".tmp"
        guard FileOutput.write(data, to: temporary) == nil, rename(temporary, path) == 0 else {
            unlink(temporary)
            unlink(path)
            return nil
        }
        return ManifestJournal(path: path, manifest: manifest, length: data.count, snapshotLength: data.count)
    }

    /// Appends `record` and takes its effect; false when it cannot be written (the journal on disk is then
    /// as before, or ends in a torn record that the next load ignores).
    mutating func append(_ record: ManifestRecord) -> Bool {
        var data = Data()
        Self.append(record, to: &data)
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == length || ftruncate(descriptor, off_t(length)) == 0 else { return false }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = pwrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset, off_t(length + offset))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard written else { return false }
        length += data.count
        manifest.apply(record)
        return true
    }

    /// The spare tree the manifest names and that is still in place, with where it differs from the published one.
    var trustedSpare: (tree: TreeIdentity, differences: [String: UInt64?])? {
        guard let spare = manifest.spare, !spareIsStale else { return nil }
        return (spare, manifest.spareDifferences)
    }

    mutating func distrustSpare() { spareIsStale = true }

    /// Whether the records outweigh the snapshot, so that the journal should be rewritten (`create`).
    var isLong: Bool { length > 2 * snapshotLength + 65_536 }

    private static func append(_ record: ManifestRecord, to data: inout Data) {
        let payload = record.encoded.data
        var frame = ByteWriter()
        frame.write(payload.count)
        frame.write(Fingerprint.of(payload))
        data.append(frame.data)
        data.append(payload)
    }

    /// The record framed at `offset` and the offset after it; nil when it is cut short or damaged.
    private static func record(in data: Data, at offset: Int) -> (ManifestRecord, Int)? {
        guard data.endIndex - offset >= frameLength else { return nil }
        var frame = ByteReader(data[offset..<(offset + frameLength)])
        guard let count = frame.int(), let checksum = frame.uint64(), count >= 0,
              data.endIndex - offset - frameLength >= count else { return nil }
        let payload = data[(offset + frameLength)..<(offset + frameLength + count)]
        guard Fingerprint.of(payload) == checksum else { return nil }
        var reader = ByteReader(payload)
        return ManifestRecord(decoding: &reader).map { ($0, offset + frameLength + count) }
    }
}
