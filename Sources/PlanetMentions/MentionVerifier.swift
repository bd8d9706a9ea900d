import Foundation
import PlanetFetch
import PlanetXML

/// Fetches a webmention's source within `planet fetch`'s limits and from public addresses only, and checks
/// that it links to the target's post (W3C Webmention, 3.2.2): an `href`, `src`, `data` or `cite`, resolved
/// against the page's base URL, that names the same post as the target (see `MentionSite.post(at:)`).
public struct MentionVerifier: Sendable {
    public var client: HTTPClient
    /// The largest source page read, in bytes; a larger one fails.
    public var maximumBytes: Int

    public static let defaultMaximumBytes = 1024 * 1024

    public init(limits: FetchLimits = FetchLimits(), policy: AddressPolicy = AddressPolicy(),
                maximumBytes: Int = MentionVerifier.defaultMaximumBytes) {
        client = HTTPClient(limits: limits, addressPolicy: policy)
        self.maximumBytes = maximumBytes
    }

    public func verify(_ request: MentionRequest, site: MentionSite) -> MentionOutcome {
        let headers = ["Accept": "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"]
        switch client.get(request.source, headers: headers, maximumBytes: maximumBytes) {
        case .failure(let failure):
            switch failure {
            case .network, .timeout: return .retry(failure.summary)
            default: return .failed(failure.summary)
            }
        case .success(let response):
            return Self.read(response, of: request, site: site)
        }
    }

    /// The outcome of a response to the source's request.
    static func read(_ response: FetchedResponse, of request: MentionRequest, site: MentionSite) -> MentionOutcome {
        switch response.status {
        case 200..<300: break
        case 404, 410: return .gone(response.status)
        case 429, 500...: return .retry("HTTP \(response.status)")
        default: return .failed("HTTP \(response.status)")
        }
        let type = response.header("content-type")?.lowercased() ?? "text/html"
        guard type.contains("html") else { return .failed("not an HTML page (\(type))") }
        let page = HTMLPageSummary.read(response.body, contentType: response.header("content-type"))
        let answered = response.url.isEmpty ? request.source : response.url
        let base = page.baseHref.map { HTMLURLResolver.resolve(url: $0, against: answered) } ?? answered
        let links = page.links.contains { site.post(at: HTMLURLResolver.resolve(url: $0, against: base)) == request.post }
        guard links else { return .noLink }
        let host = URLComponents(string: request.source)?.host ?? request.source
        return .verified(MentionExcerpt(page: page, host: host))
    }
}
