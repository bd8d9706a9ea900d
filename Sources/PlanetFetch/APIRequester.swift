import Foundation
import PlanetCore
import PlanetXML

/// JSON GETs to a Mastodon instance or Bluesky's AppView through the one `HTTPClient`: a 429 answer is waited for
/// until its reset time (`X-RateLimit-Reset`, `RateLimit-Reset`, `Retry-After`) when that is within `maximumWait`,
/// then asked once more; otherwise the discussion fails with what the server said.
struct APIRequester: Sendable {
    var client: HTTPClient
    /// The longest wait for a rate limit, in seconds.
    var maximumWait: TimeInterval = 60
    /// The largest JSON answer accepted.
    var maximumBytes = 4 * 1024 * 1024

    func json<T: Decodable>(_ type: T.Type, from url: String) -> Result<T, FetchFailure> {
        var attempts = 0
        while true {
            attempts += 1
            let response: FetchedResponse
            switch client.get(url, headers: ["Accept": "application/json"], maximumBytes: maximumBytes) {
            case .failure(let failure): return .failure(failure)
            case .success(let received): response = received
            }
            if response.status == 429, attempts <= 3, let wait = Self.wait(for: response, now: Date()), wait <= maximumWait {
                Thread.sleep(forTimeInterval: wait)
                continue
            }
            guard response.status == 200 else { return .failure(.httpStatus(response.status)) }
            do {
                return .success(try JSONDecoder().decode(T.self, from: response.body))
            } catch {
                return .failure(.invalidFeed("invalid JSON"))
            }
        }
    }

    /// Seconds until the rate limit resets: Mastodon's `X-RateLimit-Reset` (an ISO 8601 time), Bluesky's
    /// `RateLimit-Reset` (Unix seconds), or `Retry-After` (seconds); at least a tenth of a second, nil when none says.
    static func wait(for response: FetchedResponse, now: Date) -> TimeInterval? {
        if let text = response.header("Retry-After"), let seconds = Double(text.trimmingCharacters(in: .whitespaces)) {
            return max(0.1, seconds)
        }
        for name in ["X-RateLimit-Reset", "RateLimit-Reset"] {
            guard let text = response.header(name)?.trimmingCharacters(in: .whitespaces) else { continue }
            if let epoch = Double(text) {
                // Bluesky's is a Unix time; a small number is a delay in seconds.
                return max(0.1, epoch > 1_000_000_000 ? epoch - now.timeIntervalSince1970 : epoch)
            }
            if let date = FeedDate.parse(text) ?? Self.fractional(text) { return max(0.1, date.timeIntervalSince(now)) }
        }
        return nil
    }

    private static func fractional(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
