import FlyingSocks
import Foundation

/// FlyingFox's socket pool with deadlines, so that slow clients cannot hold the service: a client's connection
/// is closed when it keeps the server waiting more than `idle` seconds at once, or when it has been open more than
/// `lifetime` seconds (a request trickled a byte at a time). The listening socket (which has no peer) waits freely.
final class DeadlinePool: AsyncSocketPool, @unchecked Sendable {
    struct Expired: Error {}

    private let base: any AsyncSocketPool
    let idle: TimeInterval
    let lifetime: TimeInterval
    private let lock = NSLock()
    /// When each connection (file descriptor and peer) was first seen.
    private var opened: [String: Date] = [:]

    init(base: any AsyncSocketPool, idle: TimeInterval, lifetime: TimeInterval) {
        self.base = base
        self.idle = idle
        self.lifetime = lifetime
    }

    func prepare() async throws { try await base.prepare() }

    func run() async throws { try await base.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        guard let peer = try? socket.remotePeer() else {
            return try await base.suspendSocket(socket, untilReadyFor: events)
        }
        let remaining = remainingTime(for: "\(socket.file.rawValue) \(peer)")
        guard remaining > 0 else { throw Expired() }
        let base = self.base
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await base.suspendSocket(socket, untilReadyFor: events)
                return true
            }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(min(remaining, self.idle) * 1_000_000_000))
                return false
            }
            let ready = try await group.next() ?? false
            group.cancelAll()
            if !ready { throw Expired() }
        }
    }

    /// The time left to a connection. An entry older than `lifetime + idle` belonged to an earlier connection that
    /// had the same descriptor and peer (a live one would have expired by then), so it starts anew.
    private func remainingTime(for key: String) -> TimeInterval {
        let now = Date()
        return lock.withLock {
            if opened.count > 4096 { opened = opened.filter { now.timeIntervalSince($0.value) <= lifetime + idle } }
            guard let first = opened[key], now.timeIntervalSince(first) <= lifetime + idle else {
                opened[key] = now
                return lifetime
            }
            let remaining = lifetime - now.timeIntervalSince(first)
            if remaining <= 0 { opened[key] = nil }
            return remaining
        }
    }
}
