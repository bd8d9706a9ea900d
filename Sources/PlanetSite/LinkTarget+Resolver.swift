import Foundation
import PlanetCore
import PlanetXML

extension LinkTarget {
    /// Resolves the links of one site: its host and base path are read from the configuration once.
    public struct Resolver: Sendable {
        public let config: SiteConfig
        let lowercasedHost: String
        /// The path of `base_url` (`/planete`, or empty), which the site's paths are under.
        public let basePath: String

        public init(config: SiteConfig) {
            self.config = config
            lowercasedHost = config.host.lowercased()
            basePath = config.basePath
        }

        /// Resolves `url`, written on the page at `pagePath`, as a browser would (RFC 3986, through libxml2).
        public func resolve(_ url: String, from pagePath: String) -> LinkTarget {
            if LinkTarget.leadsElsewhere(url, lowercasedHost: lowercasedHost) { return .external }
            let written = url.trimmingCharacters(in: .whitespaces)
            let isAbsolute = written.hasPrefix("//") || LinkTarget.hasScheme(written)
            let encoded = written.addingPercentEncoding(withAllowedCharacters: LinkTarget.unreserved) ?? written
            let resolved = HTMLURLResolver.resolve(url: encoded, against: config.absoluteURL(pagePath))
            guard let schemeEnd = resolved.range(of: "://"),
                  ["http", "https"].contains(resolved[..<schemeEnd.lowerBound].lowercased()) else { return .external }
            let afterScheme = resolved[schemeEnd.upperBound...]
            let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
            var linkedHost = afterScheme[..<authorityEnd]
            if let at = linkedHost.lastIndex(of: "@") { linkedHost = linkedHost[linkedHost.index(after: at)...] }
            if let colon = linkedHost.lastIndex(of: ":"), !linkedHost.hasSuffix("]") { linkedHost = linkedHost[..<colon] }
            guard linkedHost.lowercased() == lowercasedHost else { return .external }
            let rest = afterScheme[authorityEnd...]
            let pathEnd = rest.firstIndex { $0 == "?" || $0 == "#" } ?? rest.endIndex
            var path = String(rest[..<pathEnd])
            if path.isEmpty { path = "/" }
            let fragment = rest.firstIndex(of: "#").map { String(rest[rest.index(after: $0)...]) }
            guard basePath.isEmpty || path == basePath || path.hasPrefix(basePath + "/") else {
                return isAbsolute ? .external : .outside(path: path.removingPercentEncoding ?? path)
            }
            var sitePath = String(path.dropFirst(basePath.count))
            if sitePath.isEmpty { sitePath = "/" }
            return .site(path: sitePath.removingPercentEncoding ?? sitePath,
                         fragment: fragment.flatMap { $0.isEmpty ? nil : ($0.removingPercentEncoding ?? $0) })
        }
    }
}
