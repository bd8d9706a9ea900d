import Foundation
import PlanetCore

/// The fingerprints of the messages accepted lately, in memory only (a restart rebuilds them from the spool): the
/// same text is recognized within the window. Only a 64-bit hash of the normalized text is held, never the text.
public struct RecentMessages: Sendable, Hashable {
    private var seen: [UInt64: Date] = [:]

    public init() {}

    /// The fingerprint of a message: case-folded, its white space collapsed.
    public static func hash(_ message: String) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.combine(message.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
        return fingerprint.state
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
