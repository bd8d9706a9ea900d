import Foundation

/// Why a program did not run to its end.
public enum ProcessFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// It could not be started (not found, no memory...).
    case notStarted(reason: String)
    /// It was still running at its deadline: it was killed, with every process it started.
    case timedOut(seconds: TimeInterval)

    public var description: String {
        switch self {
        case .notStarted(let reason): "could not be started: \(reason)"
        case .timedOut(let seconds): "timed out after \(ProcessFailure.format(seconds)) s"
        }
    }

    /// `2`, `0.5`: seconds as a person writes them.
    static func format(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}
