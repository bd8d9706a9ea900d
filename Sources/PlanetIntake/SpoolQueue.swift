import Foundation

/// The spool's writes (comments accepted, moderators' decisions, readers' edits), one at a time and off the
/// server's threads.
final class SpoolQueue: Sendable {
    private let queue = DispatchQueue(label: "planet.intake.spool")

    /// Runs `work` on the queue and returns what it returns.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
