import Foundation
import PlanetParse

/// A webmention's `source` and `target`, checked for form only (W3C Webmention, 3.2.1): both http(s) URLs,
/// different, and the target on this site. Whether the source really links to the target is checked later.
public struct WebmentionRequest: Sendable, Hashable {
    public var source: URL
    public var target: URL

    /// Nil when the pair is not a webmention for this site.
    public init?(form: [String: String], baseURL: String) {
        guard let source = form["source"], let target = form["target"], source != target,
              URLRules.isWebURL(source), URLRules.isWebURL(target),
              let sourceURL = URL(string: source), let targetURL = URL(string: target),
              let site = URLComponents(string: baseURL), let host = site.host?.lowercased(),
              targetURL.host?.lowercased() == host, targetURL.path.hasPrefix(site.path)
        else { return nil }
        self.source = sourceURL
        self.target = targetURL
    }
}
