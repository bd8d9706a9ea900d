import Foundation
import PlanetFiles

/// What a moderator's digests told so far (`.state/<moderator>.digest`, mode 0600): when the last was queued, and
/// which pending items (`<author>/<slug>/<id>`) it and the ones before told, for those still pending.
struct DigestRecord: Sendable, Hashable, Codable {
    /// Seconds since 1970.
    var last: Int
    var told: Set<String>

    static func read(spool: Spool, moderator: String) -> DigestRecord {
        guard let data = FileManager.default.contents(atPath: path(spool: spool, moderator: moderator)),
              let record = try? JSONDecoder().decode(DigestRecord.self, from: data)
        else { return DigestRecord(last: 0, told: []) }
        return record
    }

    func write(spool: Spool, moderator: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try DurableFile.write(try encoder.encode(self), to: Self.path(spool: spool, moderator: moderator), mode: 0o600)
    }

    private static func path(spool: Spool, moderator: String) -> String {
        "\(spool.folder)/.state/\(moderator).digest"
    }
}
