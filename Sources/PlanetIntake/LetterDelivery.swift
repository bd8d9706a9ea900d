import Foundation
import PlanetCore
import PlanetFiles
import PlanetMail

/// Sends a week's letter at most once to each recipient, under a lock, with a record per recipient in
/// `.state/letter/sent/<week>/`: written as soon as the server accepted the message, so that a run killed or
/// failed before that sends it again, and a run after that skips it. The week's `done` record makes every later
/// run send nothing.
struct LetterDelivery {
    /// One message to send, and the name of its record.
    struct Item {
        var record: String
        var message: MailMessage
    }

    let folder: String
    let week: LetterWeek

    init(spool: Spool, week: LetterWeek) {
        folder = spool.folder + "/.state/letter/sent/\(week)"
        self.week = week
    }

    var isDone: Bool { FileManager.default.fileExists(atPath: folder + "/done") }

    /// Sends what was not sent yet, in order; stops at the first failure (a later run goes on from there).
    /// Returns how many messages were sent by this run.
    func send(_ items: [Item], through sender: any MailSending) async throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chmod(folder, 0o700)
        guard let lock = try LockFile.ifFree(path: folder + "/.lock") else {
            throw MailFailure.misconfigured("another `planet letter --send` of \(week) is running")
        }
        defer { lock.release() }
        guard !isDone else { return 0 }
        var sent = 0
        for item in items where !FileManager.default.fileExists(atPath: folder + "/" + item.record) {
            try await sender.send(item.message)
            try DurableFile.write(Data(), to: folder + "/" + item.record, mode: 0o600)
            sent += 1
        }
        try DurableFile.write(Data(), to: folder + "/done", mode: 0o600)
        return sent
    }
}
