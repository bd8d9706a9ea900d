import Foundation
import PlanetCore

/// The fingerprints of the messages accepted (or refused) lately, in memory only (a restart rebuilds them from the
/// spool): the same text is recognized within the window. Only a 64-bit keyed hash of the normalized text is held,
/// never the text, under the spool's key, so that a fingerprint kept on disk cannot be matched against guesses.
public struct RecentMessages: Sendable, Hashable {
    private var seen: [UInt64: Date] = [:]
    /// The key of `hash` (the spool's `messageKey`).
    public let key: Data

    public init(key: Data) {
        self.key = key
    }

    /// The fingerprint of a message: case-folded, its white space collapsed, hashed under `key` (HMAC-SHA256).
    public static func hash(_ message: String, key: Data) -> UInt64 {
        IntakeSecrets.keyedHash(message.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "), key: key)
    }

    public func contains(_ hash: UInt64, now: Date, window: TimeInterval) -> Bool {
        guard let date = seen[hash] else { return false }
        return now.timeIntervalSince(date) < window
    }

    /// Remembers `hash` at `now`, forgetting what is older than the window.
    public mutating func insert(_ hash: UInt64, now: Date, window: TimeInterval) {
        seen = seen.filter { now.timeIntervalSince($0.value) < window }
        seen[hash] = now
    }

    public mutating func remove(_ hash: UInt64) {
        seen[hash] = nil
    }

    /// Adds what `other` remembers; a message both remember keeps its later date.
    public mutating func merge(_ other: RecentMessages) {
        seen.merge(other.seen) { max($0, $1) }
    }

    public var count: Int { seen.count }
}
