import Foundation

/// A client's address as the service keeps it: the network only (IPv4 /24, IPv6 /48), for rate limits and logs.
public enum AddressPrefix {
    /// `203.0.113.0/24`, `2001:db8:1::/48`; anything else (a Unix socket, garbage) is `-`.
    public static func truncated(_ address: String) -> String {
        var text = address.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("::ffff:"), text.contains(".") { text = String(text.dropFirst(7)) }
        if text.hasPrefix("["), let end = text.firstIndex(of: "]") { text = String(text[text.index(after: text.startIndex)..<end]) }
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            let parts = text.split(separator: ".")
            return "\(parts[0]).\(parts[1]).\(parts[2]).0/24"
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            let bytes = withUnsafeBytes(of: &v6) { Array($0) }
            let groups = stride(from: 0, to: 6, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
            return groups.joined(separator: ":") + "::/48"
        }
        return "-"
    }

    /// `2001:db8::/32` for a /48 as `truncated` writes it (`2001:db8:1::/48`); nil for anything else.
    public static func slash32(of network: String) -> String? {
        guard network.hasSuffix("::/48") else { return nil }
        let groups = network.dropLast(5).split(separator: ":", omittingEmptySubsequences: false)
        guard groups.count == 3 else { return nil }
        return "\(groups[0]):\(groups[1])::/32"
    }
}
