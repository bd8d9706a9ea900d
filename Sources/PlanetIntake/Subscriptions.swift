import Foundation
import PlanetFiles

/// The readers' addresses, one file per comment beside its other records (`.state/<author>--<slug>--<id>.subscription`,
/// mode 0600). An address is deleted once the last notification it asked for is sent (the first reply), when the
/// comment is withdrawn, refused or marked as spam, at its unsubscribe link, or `lifetime` after it was given. The
/// unsubscribe link's token is a MAC of the address's file name under the spool's key: nothing more is stored.
public struct Subscriptions: Sendable {
    /// How long an address is kept at most (30 days).
    public static let lifetime: TimeInterval = 30 * 24 * 3600
    let spool: Spool

    public init(spool: Spool) {
        self.spool = spool
    }

    /// Records `address` for `comment`.
    public func add(_ address: String, for comment: SpooledComment, now: Date) throws {
        try write(Subscription(address: address, created: Int(now.timeIntervalSince1970)), for: comment)
    }

    /// The token of `comment`'s unsubscribe link.
    public func token(for comment: SpooledComment) -> String {
        token(forFile: path(of: comment))
    }

    private func token(forFile path: String) -> String {
        IntakeSecrets.mac("unsubscribe " + (path as NSString).lastPathComponent, key: spool.messageKey)
    }

    public func subscription(of comment: SpooledComment) -> Subscription? {
        guard let data = FileManager.default.contents(atPath: path(of: comment)) else { return nil }
        return try? JSONDecoder().decode(Subscription.self, from: data)
    }

    public func write(_ subscription: Subscription, for comment: SpooledComment) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try DurableFile.write(try encoder.encode(subscription), to: path(of: comment), mode: 0o600)
    }

    /// Deletes `comment`'s address, if any.
    public func remove(_ comment: SpooledComment) {
        try? DurableFile.remove(path(of: comment))
    }

    /// Deletes the subscription whose unsubscribe token is `token`; false when there is none.
    public func unsubscribe(token: String) -> Bool {
        guard let (path, _) = all().first(where: { IntakeSecrets.same(self.token(forFile: $0.0), token) }) else { return false }
        return (try? DurableFile.remove(path)) != nil
    }

    /// Deletes the addresses given `lifetime` or longer before `now`; returns how many.
    @discardableResult
    public func expire(now: Date) -> Int {
        var expired = 0
        for (path, subscription) in all() where now.timeIntervalSince1970 - Double(subscription.created) >= Self.lifetime {
            if (try? DurableFile.remove(path)) != nil { expired += 1 }
        }
        return expired
    }

    private func all() -> [(String, Subscription)] {
        let folder = spool.folder + "/.state"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".subscription") }.sorted()
            .compactMap { name in
                let path = folder + "/" + name
                guard let data = FileManager.default.contents(atPath: path),
                      let subscription = try? JSONDecoder().decode(Subscription.self, from: data)
                else { return nil }
                return (path, subscription)
            }
    }

    private func path(of comment: SpooledComment) -> String {
        spool.markerPath("subscription", for: comment)
    }
}
