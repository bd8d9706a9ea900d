import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP server on the loopback address that accepts connections and never answers: a remote that hangs. It
/// counts the connections it accepted and those still open (a client that goes away, or is killed, closes its own).
final class SilentServer: @unchecked Sendable {
    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var accepted = 0
    private var connections: Set<Int32> = []

    init() throws {
        let (listener, port) = try LoopbackListener.open()
        self.port = port
        self.listener = listener
        Thread.detachNewThread { [self] in
            while true {
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else { return }
                lock.withLock {
                    accepted += 1
                    connections.insert(connection)
                }
                Thread.detachNewThread { [self] in drain(connection) }
            }
        }
    }

    /// Connections accepted so far, and those still open.
    var counts: (accepted: Int, open: Int) { lock.withLock { (accepted, connections.count) } }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for connection in lock.withLock({ connections }) { shutdown(connection, Int32(SHUT_RDWR)) }
    }

    /// Reads what the client sends, and answers nothing, until the client closes.
    private func drain(_ connection: Int32) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(connection, &buffer, buffer.count) > 0 {}
        lock.withLock { _ = connections.remove(connection) }
        close(connection)
    }
}
