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
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
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
