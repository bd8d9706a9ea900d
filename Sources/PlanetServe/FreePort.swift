#if canImport(Glibc)
import Glibc
#endif

/// A TCP port of the loopback address that nothing listens on now (the kernel's choice for port 0).
enum FreePort {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String { "no free port on 127.0.0.1" }
    }

    static func pick() throws -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Unavailable() }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw Unavailable() }
        return UInt16(bigEndian: address.sin_port)
    }
}
