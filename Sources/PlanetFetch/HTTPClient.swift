import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Blocking GET requests over URLSession, within bounds: a timeout for the whole transfer, a size limit checked
/// as bytes arrive, at most `maximumRedirects` redirects and only to http or https, only to hosts whose addresses
/// `addressPolicy` accepts (public ones by default), and planet's User-Agent. Nothing is cached by URLSession;
/// the conditional headers are the caller's.
public struct HTTPClient: Sendable {
    public var limits: FetchLimits
    /// Asked about the URL and every redirect's before they are requested.
    public var addressPolicy: AddressPolicy

    public init(limits: FetchLimits, addressPolicy: AddressPolicy = AddressPolicy()) {
        self.limits = limits
        self.addressPolicy = addressPolicy
    }

    /// GETs `url` with `headers`; the body may hold at most `maximumBytes`.
    public func get(_ url: String, headers: [String: String] = [:], maximumBytes: Int) -> Result<FetchedResponse, FetchFailure> {
        guard let target = URL(string: url), let scheme = target.scheme?.lowercased() else { return .failure(.network("invalid URL")) }
        guard scheme == "http" || scheme == "https" else { return .failure(.unsupportedScheme(scheme)) }
        if let refusal = addressPolicy.refusal(for: target) { return .failure(refusal) }
        // URLSession's own timeouts (whole seconds on Linux) are a backstop; the wait below is the bound.
        let backstop = limits.timeout.rounded(.up) + 1
        var request = URLRequest(url: target, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: backstop)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.setValue(limits.userAgent, forHTTPHeaderField: "User-Agent")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = backstop
        configuration.timeoutIntervalForResource = backstop
        configuration.httpAdditionalHeaders = ["User-Agent": limits.userAgent]
        let transfer = Transfer(maximumBytes: maximumBytes, maximumRedirects: limits.maximumRedirects, addressPolicy: addressPolicy)
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        session.dataTask(with: request).resume()
        let finished = transfer.done.wait(timeout: .now() + limits.timeout) == .success
        session.invalidateAndCancel()
        guard finished else { return .failure(.timeout) }
        return transfer.result
    }
}

/// The state of one transfer, filled by URLSession's delegate callbacks on its own queue.
final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let maximumBytes: Int
    let maximumRedirects: Int
    let addressPolicy: AddressPolicy
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var body = Data()
    private var response: HTTPURLResponse?
    private var redirects = 0
    private var failure: FetchFailure?

    init(maximumBytes: Int, maximumRedirects: Int, addressPolicy: AddressPolicy) {
        self.maximumBytes = maximumBytes
        self.maximumRedirects = maximumRedirects
        self.addressPolicy = addressPolicy
    }

    var result: Result<FetchedResponse, FetchFailure> {
        lock.withLock {
            if let failure { return .failure(failure) }
            guard let response else { return .failure(.network("no response")) }
            var headers: [String: String] = [:]
            for (key, value) in response.allHeaderFields { headers["\(key)".lowercased()] = "\(value)" }
            return .success(FetchedResponse(status: response.statusCode, headers: headers, body: body, url: response.url?.absoluteString ?? ""))
        }
    }

    private func fail(_ reason: FetchFailure) {
        lock.withLock { if failure == nil { failure = reason } }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        lock.withLock { self.response = response as? HTTPURLResponse }
        if response.expectedContentLength > Int64(maximumBytes) {
            fail(.oversize(maximumBytes))
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooLarge = lock.withLock {
            body.append(data)
            return body.count > maximumBytes
        }
        if tooLarge {
            fail(.oversize(maximumBytes))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let count = lock.withLock {
            redirects += 1
            return redirects
        }
        let scheme = request.url?.scheme?.lowercased() ?? ""
        if count > maximumRedirects {
            fail(.tooManyRedirects)
            completionHandler(nil)
        } else if scheme != "http" && scheme != "https" {
            fail(.unsupportedScheme(scheme))
            completionHandler(nil)
        } else if let url = request.url, let refusal = addressPolicy.refusal(for: url) {
            fail(refusal)
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error {
            let code = (error as? URLError)?.code
            if code == .timedOut {
                fail(.timeout)
            } else if code == .httpTooManyRedirects {
                fail(.tooManyRedirects)
            } else {
                fail(.network(Self.describe(code, error)))
            }
        }
        done.signal()
    }

    private static func describe(_ code: URLError.Code?, _ error: any Error) -> String {
        switch code {
        case .cannotFindHost, .dnsLookupFailed: "host not found"
        case .cannotConnectToHost: "connection refused"
        case .networkConnectionLost: "connection lost"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid:
            "TLS failure"
        case .some(let code): "URL error \(code.rawValue)"
        case nil: "\(error)"
        }
    }
}
