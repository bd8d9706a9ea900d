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
    public static func resolve(_ url: String, from pagePath: String, config: SiteConfig) -> LinkTarget {
        let written = url.trimmingCharacters(in: .whitespaces)
        let isAbsolute = written.hasPrefix("//") || hasScheme(written)
        let encoded = written.addingPercentEncoding(withAllowedCharacters: unreserved) ?? written
        let resolved = HTMLURLResolver.resolve(url: encoded, against: config.absoluteURL(pagePath))
        guard let schemeEnd = resolved.range(of: "://"),
              ["http", "https"].contains(resolved[..<schemeEnd.lowerBound].lowercased()) else { return .external }
        let afterScheme = resolved[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
        var host = afterScheme[..<authorityEnd]
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") { host = host[..<colon] }
        guard host.lowercased() == config.host.lowercased() else { return .external }
        let rest = afterScheme[authorityEnd...]
        let pathEnd = rest.firstIndex { $0 == "?" || $0 == "#" } ?? rest.endIndex
        var path = String(rest[..<pathEnd])
        if path.isEmpty { path = "/" }
        let fragment = rest.firstIndex(of: "#").map { String(rest[rest.index(after: $0)...]) }
        let base = config.basePath
        guard base.isEmpty || path == base || path.hasPrefix(base + "/") else {
            return isAbsolute ? .external : .outside(path: path.removingPercentEncoding ?? path)
        }
        var sitePath = String(path.dropFirst(base.count))
        if sitePath.isEmpty { sitePath = "/" }
        return .site(path: sitePath.removingPercentEncoding ?? sitePath,
                     fragment: fragment.flatMap { $0.isEmpty ? nil : ($0.removingPercentEncoding ?? $0) })
    }

    /// `scheme:` at the start: letters, then letters, digits, `+`, `-` or `.`.
    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":"), let first = url.unicodeScalars.first,
              ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return false }
        return url[..<colon].unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
        }
    }

    /// Printable ASCII but the space: what may stay as written before libxml2 resolves the URL.
    private static let unreserved = CharacterSet(charactersIn: Unicode.Scalar(0x21)...Unicode.Scalar(0x7E))
}
