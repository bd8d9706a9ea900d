import PlanetCore

/// Why fetching one feed or image failed. It affects only that feed or image.
public enum FetchFailure: Error, Sendable, Hashable {
    /// DNS, refused connection, TLS...: the transport's own words.
    case network(String)
    case timeout
    case httpStatus(Int)
    /// The body is larger than the limit.
    case oversize(Int)
    case tooManyRedirects
    /// Only http and https are followed.
    case unsupportedScheme(String)
    /// The client's `addressPolicy` refused the URL or a redirect's (a private, loopback or link-local address).
    case refused(String)
    /// The body is not a feed.
    case invalidFeed(String)
    /// The feed was fetched, but its cache could not be written.
    case cacheNotWritten(String)

    /// Short, for the report's status column.
    public var summary: String {
        switch self {
        case .network(let message): "network error: \(message)"
        case .timeout: "timeout"
        case .httpStatus(let status): "HTTP \(status)"
        case .oversize(let limit): "too large (over \(ByteCount.text(limit)))"
        case .tooManyRedirects: "too many redirects"
        case .unsupportedScheme(let scheme): "unsupported scheme `\(scheme)`"
        case .refused(let reason): "refused: \(reason)"
        case .invalidFeed(let message): message
        case .cacheNotWritten(let reason): "cache not written: \(reason)"
        }
    }
}
