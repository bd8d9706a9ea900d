import Foundation
import PlanetCore
import PlanetXML

/// Where a link written in a page leads, as far as the site is concerned: what `planet check` checks, and
/// what the community's responses are made of.
public enum LinkTarget: Sendable, Hashable {
    /// Another host, another scheme (`mailto:`), or the site's host outside its base path written in full.
    case external
    /// A path of the site (without the base path, percent-decoded), and the decoded fragment if any.
    case site(path: String, fragment: String?)
    /// A relative or root-relative link that leaves the site's base path (`/alice/` on a site under `/planete`).
    case outside(path: String)

    /// Resolves `url`, written on the page at `pagePath`, as a browser would (RFC 3986, through libxml2).
    /// To resolve many links of one site, make a `Resolver` once.
    public static func resolve(_ url: String, from pagePath: String, config: SiteConfig) -> LinkTarget {
        Resolver(config: config).resolve(url, from: pagePath)
    }

    /// Whether `url` is plainly an absolute `http(s)://` address on another host than `lowercasedHost`: what most links
    /// of a page are, answered from the bytes without resolving. The authority must be printable ASCII without
    /// `%` or a backslash, so that resolving could not change it; anything else goes the whole way.
    static func leadsElsewhere(_ url: String, lowercasedHost: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            func lowered(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
            var start = 0
            for (prefix, length) in [("http://", 7), ("https://", 8)]
            where bytes.count >= length && zip(bytes, prefix.utf8).allSatisfy({ lowered($0) == $1 }) {
                start = length
            }
            guard start > 0 else { return false }
            var end = start
            authority: while end < bytes.count {
                switch bytes[end] {
                case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): break authority
                case UInt8(ascii: "%"), UInt8(ascii: "\\"): return false
                case 0x21...0x7E: end += 1
                default: return false
                }
            }
            var authority = bytes[start..<end]
            if let at = authority.lastIndex(of: UInt8(ascii: "@")) { authority = authority[(at + 1)...] }
            if let colon = authority.lastIndex(of: UInt8(ascii: ":")), authority.last != UInt8(ascii: "]") {
                authority = authority[..<colon]
            }
            return !authority.lazy.map(lowered).elementsEqual(lowercasedHost.utf8)
        }
    }

    /// `scheme:` at the start: letters, then letters, digits, `+`, `-` or `.`.
    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":"), let first = url.unicodeScalars.first,
              ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return false }
        return url[..<colon].unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
        }
    }

    /// Printable ASCII but the space: what may stay as written before libxml2 resolves the URL.
    static let unreserved = CharacterSet(charactersIn: Unicode.Scalar(0x21)...Unicode.Scalar(0x7E))
}
