/// Which IP addresses are public: `HTTPClient` fetches only from those, so that a feed, a discussion or a mention
/// cannot make planet reach its own machine or network (loopback, private, link-local, shared, reserved,
/// documentation and multicast ranges, and the IPv6 forms that embed such an IPv4 address).
public enum IPAddressRange {
    /// Whether the address (4 bytes for IPv4, 16 for IPv6, network order) is a public unicast address.
    public static func isPublic(_ bytes: [UInt8]) -> Bool {
        switch bytes.count {
        case 4: isPublicIPv4(bytes)
        case 16: isPublicIPv6(bytes)
        default: false
        }
    }

    private static func isPublicIPv4(_ b: [UInt8]) -> Bool {
        switch (b[0], b[1], b[2]) {
        case (0, _, _), (10, _, _), (127, _, _): false
        case (100, 64...127, _): false  // shared address space (carrier-grade NAT)
        case (169, 254, _): false  // link-local
        case (172, 16...31, _), (192, 168, _): false
        case (192, 0, 0), (192, 0, 2), (198, 51, 100), (203, 0, 113): false  // protocol assignments, documentation
        case (198, 18...19, _): false  // benchmarking
        case (224..., _, _): false  // multicast, reserved, broadcast
        default: true
        }
    }

    private static func isPublicIPv6(_ b: [UInt8]) -> Bool {
        let zeroPrefix = b[0..<10].allSatisfy { $0 == 0 }
        if zeroPrefix, b[10] == 0xFF, b[11] == 0xFF { return isPublicIPv4(Array(b[12..<16])) }  // IPv4-mapped
        if zeroPrefix, b[10] == 0, b[11] == 0 { return false }  // unspecified, loopback, IPv4-compatible
        if b[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] { return isPublicIPv4(Array(b[12..<16])) }  // NAT64
        if b[0] == 0x20, b[1] == 0x02 { return isPublicIPv4(Array(b[2..<6])) }  // 6to4
        if b[0] & 0xFE == 0xFC { return false }  // unique local
        if b[0] == 0xFE, b[1] & 0xC0 == 0x80 || b[1] & 0xC0 == 0xC0 { return false }  // link-local, site-local
        if b[0] == 0xFF { return false }  // multicast
        if b[0] == 0x20, b[1] == 0x01, b[2] == 0x0D, b[3] == 0xB8 { return false }  // documentation
        return true
    }
}
