import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which hosts `HTTPClient` may request (outside feeds and their images, discussions, threads, avatars, webmention
/// sources): by default only those whose every address, IPv4 and IPv6, is public (see `IPAddressRange`), checked
/// for the URL and for each redirect. The host is resolved once more by the transfer itself, so a name whose
/// answers change between the two lookups is not covered.
public struct AddressPolicy: Sendable, Hashable {
    /// Fetch from any address: for tests on the loopback address only, switched on by a hidden command-line flag
    /// (`planet fetch --allow-private-addresses`, `planet intake run --allow-private-sources`), never by a site's files.
    public var allowPrivateAddresses: Bool
    /// Host names fetched whatever their addresses (lowercased): for tests, or a site on an intranet.
    public var trustedHosts: Set<String>

    public init(allowPrivateAddresses: Bool = false, trustedHosts: Set<String> = []) {
        self.allowPrivateAddresses = allowPrivateAddresses
        self.trustedHosts = Set(trustedHosts.map { $0.lowercased() })
    }

    /// Why `url` may not be fetched, or nil when it may.
    public func refusal(for url: URL) -> FetchFailure? {
        guard !allowPrivateAddresses else { return nil }
        guard var host = url.host?.lowercased(), !host.isEmpty else { return .refused("no host") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if trustedHosts.contains(host) { return nil }
        guard let addresses = Self.addresses(of: host) else { return .network("host not found") }
        guard !addresses.isEmpty, addresses.allSatisfy(IPAddressRange.isPublic) else {
            return .refused("\(host) has a private, loopback or link-local address")
        }
        return nil
    }

    /// Every address the resolver gives for `host`, as bytes; nil when it cannot be resolved.
    static func addresses(of host: String) -> [[UInt8]]? {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0 else { return nil }
        defer { freeaddrinfo(list) }
        var addresses: [[UInt8]] = []
        var entry = list
        while let current = entry {
            if let address = current.pointee.ai_addr {
                switch Int32(address.pointee.sa_family) {
                case AF_INET:
                    address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                        var value = $0.pointee.sin_addr
                        addresses.append(withUnsafeBytes(of: &value) { Array($0) })
                    }
                case AF_INET6:
                    address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                        var value = $0.pointee.sin6_addr
                        addresses.append(withUnsafeBytes(of: &value) { Array($0) })
                    }
                default: break
                }
            }
            entry = current.pointee.ai_next
        }
        return addresses
    }
}
