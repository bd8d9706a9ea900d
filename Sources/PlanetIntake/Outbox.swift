import Foundation
import PlanetFiles

/// Mail waiting to be sent, in the spool's `outbox/` (mode 0700, files 0600): a letter is written durably before
/// anything is sent, renamed `.sending` while it is handed to the mail server, and removed once accepted. A letter
/// found `.sending` at start was perhaps sent before a crash: it is dropped, never sent twice (at most once).
struct Outbox: Sendable {
    let folder: String

    init(spool: Spool) throws {
        folder = spool.folder + "/outbox"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    func enqueue(_ letter: OutboxLetter) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try DurableFile.write(try encoder.encode(letter), to: "\(folder)/\(letter.date)-\(UUID().uuidString).json", mode: 0o600)
    }

    /// The letters waiting, oldest first, by file name.
    func waiting() -> [(name: String, letter: OutboxLetter)] {
        names(ending: ".json").compactMap { name in
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(name)"),
                  let letter = try? JSONDecoder().decode(OutboxLetter.self, from: data)
            else { return nil }
            return (name, letter)
        }
    }

    /// Marks a letter as being sent, durably.
    func beginSending(_ name: String) throws {
        try rename("\(folder)/\(name)", to: "\(folder)/\(name).sending")
    }

    /// The server accepted it.
    func sent(_ name: String) {
        try? DurableFile.remove("\(folder)/\(name).sending")
    }

    /// The server refused it, or could not be reached: it waits again.
    func failed(_ name: String) {
        try? rename("\(folder)/\(name).sending", to: "\(folder)/\(name)")
    }

    /// Drops the letters interrupted while being sent (perhaps sent); returns how many.
    func dropInterrupted() -> Int {
        let interrupted = names(ending: ".sending")
        for name in interrupted { try? DurableFile.remove("\(folder)/\(name)") }
        return interrupted.count
    }

    private func names(ending suffix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
    }

    private func rename(_ from: String, to: String) throws {
        try FileManager.default.moveItem(atPath: from, toPath: to)
        DurableFile.syncFolder(folder)
    }
}
