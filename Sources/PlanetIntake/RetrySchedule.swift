import Foundation

/// Exponential backoff: after the n-th failure in a row, wait `base * 2^(n-1)` seconds, at most `maximum`.
public struct RetrySchedule: Sendable, Hashable {
    public var base: TimeInterval
    public var maximum: TimeInterval

    public init(base: TimeInterval, maximum: TimeInterval) {
        self.base = base
        self.maximum = maximum
    }

    public func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures > 0 else { return 0 }
        return min(maximum, base * pow(2, Double(min(failures - 1, 40))))
    }
}
