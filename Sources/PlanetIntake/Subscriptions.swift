import Foundation
import PlanetFiles

/// The readers' addresses, one file per comment beside its other records (`.state/<author>--<slug>--<id>.subscription`,
/// mode 0600). An address is deleted once the last notification it asked for is sent (the first reply), when the
/// comment is withdrawn, refused or marked as spam, at its unsubscribe link, or `lifetime` after it was given. The
/// unsubscribe link's token is a MAC of the comment's path under the spool's key: nothing more is stored.
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
        IntakeSecrets.mac("unsubscribe " + comment.path, key: spool.messageKey)
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

    /// Moves a subscription to a renamed comment.
    public func move(_ comment: SpooledComment, to renamed: SpooledComment) throws {
        guard let subscription = subscription(of: comment) else { return }
        try write(subscription, for: renamed)
        remove(comment)
    }

    /// Deletes the subscription whose unsubscribe token is `token`; false when there is none.
    public func unsubscribe(token: String) -> Bool {
        for (path, _) in all() {
            let name = (path as NSString).lastPathComponent.dropLast(".subscription".count)
            let parts = name.components(separatedBy: "--")
            guard parts.count == 3 else { continue }
            let comment = SpooledComment(postAuthorID: parts[0], postSlug: parts[1], id: parts[2])
            if IntakeSecrets.same(self.token(for: comment), token) { return (try? DurableFile.remove(path)) != nil }
        }
        return false
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
