import Foundation

/// A complete HTTP response: status, headers (names lowercased), body, and the URL it came from after redirects.
public struct FetchedResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data
    /// The URL that answered, after redirects (RFC 3986's base URI for the body); empty when unknown.
    public var url: String

    public init(status: Int, headers: [String: String] = [:], body: Data = Data(), url: String = "") {
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url
    }

    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }
}
