import Foundation
import PlanetFiles

/// The weekly letter's subscribers and what was sent to them, in the intake's spool: `.state/letter/subscribers/`
/// (one 0600 file per reader, in a 0700 folder) and `.state/letter/sent/<week>/` (one record per recipient sent to,
/// and `done` once the week is sent to all). The links' tokens are MACs of a subscriber's id under the spool's key.
public struct LetterSubscribers: Sendable {
    /// How long an unconfirmed address is kept (7 days).
    public static let confirmationLifetime: TimeInterval = 7 * 24 * 3600
    let spool: Spool

    public init(spool: Spool) {
        self.spool = spool
    }

    var folder: String { spool.folder + "/.state/letter" }
    var subscribersFolder: String { folder + "/subscribers" }

    /// Records `address`, unconfirmed; returns the new subscriber.
    public func add(_ address: String, now: Date) throws -> LetterSubscriber {
        let subscriber = LetterSubscriber(id: IntakeSecrets.token(), address: address, confirmed: false, created: Int(now.timeIntervalSince1970))
        try write(subscriber)
        return subscriber
    }

    /// The token of a subscriber's confirmation link (`confirm`) or unsubscribe link (`unsubscribe`).
    public func token(_ purpose: String, for id: String) -> String {
        IntakeSecrets.mac("letter \(purpose) \(id)", key: spool.messageKey)
    }

    /// The subscriber whose link `purpose` carries `id` and `token`, or nil.
    public func subscriber(id: String, token: String, purpose: String) -> LetterSubscriber? {
        guard IntakeSecrets.isToken(id), IntakeSecrets.same(self.token(purpose, for: id), token),
              let data = FileManager.default.contents(atPath: path(of: id)) else { return nil }
        return try? JSONDecoder().decode(LetterSubscriber.self, from: data)
    }

    public func write(_ subscriber: LetterSubscriber) throws {
        try FileManager.default.createDirectory(atPath: subscribersFolder, withIntermediateDirectories: true)
        chmod(folder, 0o700)
        chmod(subscribersFolder, 0o700)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try DurableFile.write(try encoder.encode(subscriber), to: path(of: subscriber.id), mode: 0o600)
    }

    public func remove(id: String) {
        guard IntakeSecrets.isToken(id) else { return }
        try? DurableFile.remove(path(of: id))
    }

    /// Every subscriber, by id; unconfirmed ones older than `confirmationLifetime` are deleted on the way.
    public func all(now: Date) -> [LetterSubscriber] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: subscribersFolder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return names.compactMap { name in
            guard let data = FileManager.default.contents(atPath: subscribersFolder + "/" + name),
                  let subscriber = try? JSONDecoder().decode(LetterSubscriber.self, from: data) else { return nil }
            if !subscriber.confirmed, now.timeIntervalSince1970 - Double(subscriber.created) >= Self.confirmationLifetime {
                remove(id: subscriber.id)
                return nil
            }
            return subscriber
        }
    }

    private func path(of id: String) -> String {
        subscribersFolder + "/" + id + ".json"
    }
}
