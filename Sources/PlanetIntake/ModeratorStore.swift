import Foundation
import PlanetFiles
#if canImport(Glibc)
import Glibc
#endif

/// The moderators, in the spool's `.state/moderators.json` (mode 0600, never in git): only the SHA-256 of each
/// secret is kept. `planet intake moderator` and the running service both write it, each change under an `flock`
/// of `.state/moderators.lock`, written durably; the service reads it again for every request, so that a removal
/// or a sign-out holds at once.
public struct ModeratorStore: Sendable {
    public let path: String
    let lockPath: String

    /// How long a sign-in code works (24 hours).
    public static let signInLifetime: TimeInterval = 24 * 3600
    /// How long a session lasts (14 days).
    public static let sessionLifetime: TimeInterval = 14 * 24 * 3600

    /// The store of the spool at `spoolFolder`; makes its `.state/` (mode 0700) when missing.
    public init(spoolFolder: String) throws {
        try FileManager.default.createDirectory(
            atPath: spoolFolder + "/.state", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        self.init(stateFolder: spoolFolder + "/.state")
    }

    /// The store of an open spool (whose `.state/` exists).
    public init(spool: Spool) {
        self.init(stateFolder: spool.folder + "/.state")
    }

    private init(stateFolder: String) {
        path = stateFolder + "/moderators.json"
        lockPath = stateFolder + "/moderators.lock"
    }

    /// The store's file exists but cannot be read: nothing is changed until someone looks at it.
    public struct Unreadable: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path) cannot be read as the moderators' store" }
    }

    /// The moderators, sorted by id; none when the file is missing.
    public func moderators() throws -> [Moderator] {
        try read()
    }

    /// Adds `id` (or renews them): a new sign-in code and feed secret, the scope `member`, the address `email` of
    /// their digests (nil: the one they had, if any), their sessions kept.
    public func invite(_ id: String, member: String?, email: String? = nil, now: Date) throws -> ModeratorInvitation {
        let invitation = ModeratorInvitation(code: IntakeSecrets.token(), feedSecret: IntakeSecrets.token())
        let signIn = ModeratorSecret(digest: IntakeSecrets.digest(invitation.code), expires: Self.seconds(now + Self.signInLifetime))
        try update { moderators in
            let former = moderators.first { $0.id == id }
            moderators.removeAll { $0.id == id }
            moderators.append(Moderator(id: id, member: member, signIn: signIn, feed: IntakeSecrets.digest(invitation.feedSecret),
                                        sessions: former?.sessions ?? [], email: email ?? former?.email))
        }
        return invitation
    }

    /// Removes `id` and all their sessions; false when there was no such moderator.
    public func remove(_ id: String) throws -> Bool {
        try update { moderators in
            let count = moderators.count
            moderators.removeAll { $0.id == id }
            return moderators.count != count
        }
    }

    /// Spends a sign-in code: the moderator it belongs to, and their new session's token; nil for a code unknown,
    /// used or expired.
    public func signIn(code: String, now: Date) throws -> (moderator: Moderator, session: String)? {
        let digest = IntakeSecrets.digest(code)
        let session = IntakeSecrets.token()
        return try update { moderators in
            guard let index = moderators.firstIndex(where: { moderator in
                moderator.signIn.map { IntakeSecrets.same($0.digest, digest) && $0.expires > Self.seconds(now) } ?? false
            }) else { return nil }
            moderators[index].signIn = nil
            moderators[index].sessions.removeAll { $0.expires <= Self.seconds(now) }
            moderators[index].sessions.append(
                ModeratorSecret(digest: IntakeSecrets.digest(session), expires: Self.seconds(now + Self.sessionLifetime)))
            return (moderators[index], session)
        }
    }

    /// The moderator whose unexpired session `token` is, or nil.
    public func moderator(session token: String, now: Date) -> Moderator? {
        let digest = IntakeSecrets.digest(token)
        return ((try? read()) ?? []).first { moderator in
            moderator.sessions.contains { IntakeSecrets.same($0.digest, digest) && $0.expires > Self.seconds(now) }
        }
    }

    /// The moderator whose feed's secret `secret` is, or nil.
    public func moderator(feed secret: String) -> Moderator? {
        let digest = IntakeSecrets.digest(secret)
        return ((try? read()) ?? []).first { IntakeSecrets.same($0.feed, digest) }
    }

    /// Ends the session `token` (and forgets its owner's expired ones).
    public func signOut(session token: String, now: Date) throws {
        let digest = IntakeSecrets.digest(token)
        try update { moderators in
            for index in moderators.indices {
                moderators[index].sessions.removeAll { IntakeSecrets.same($0.digest, digest) || $0.expires <= Self.seconds(now) }
            }
        }
    }

    private func read() throws -> [Moderator] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        do {
            return try JSONDecoder().decode([Moderator].self, from: data)
        } catch {
            throw Unreadable(path: path)
        }
    }

    /// Runs `change` on the moderators under the store's lock, then writes them durably (mode 0600).
    private func update<T>(_ change: (inout [Moderator]) throws -> T) throws -> T {
        let lock = try LockFile(path: lockPath)
        defer { lock.release() }
        var moderators = try read()
        let result = try change(&moderators)
        moderators.sort { $0.id < $1.id }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try DurableFile.write(try encoder.encode(moderators), to: path, mode: 0o600)
        return result
    }

    private static func seconds(_ date: Date) -> Int {
        Int(date.timeIntervalSince1970)
    }
}
