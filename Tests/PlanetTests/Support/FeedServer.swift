import FlyingFox
import FlyingSocks
import Foundation

/// A feed server on the loopback address for `planet fetch` tests: it serves fixtures and misbehaves on purpose
/// (304, 500, slow, oversize, redirect loops, invalid XML, wrong encodings, hostile HTML, tracking pixels).
final class FeedServer: @unchecked Sendable {
    let server: HTTPServer
    let port: UInt16
    private let task: Task<Void, any Error>
    private let lock = NSLock()
    private var hits: [String: Int] = [:]
    private var userAgents: [String] = []

    /// Path → response builder; `count` is how many times the path was requested before, this one included.
    typealias Route = @Sendable (_ request: FlyingFox.HTTPRequest, _ count: Int) async -> FlyingFox.HTTPResponse

    init(routes: [String: Route]) async throws {
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), timeout: 30)
        self.server = server
        task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
        self.port = port
        for (path, route) in routes {
            await server.appendRoute(HTTPRoute(method: .GET, path: path)) { [unowned self] request in
                let count = self.record(path, userAgent: request.headers[HTTPHeader("User-Agent")] ?? "")
                return await route(request, count)
            }
        }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    private func record(_ path: String, userAgent: String) -> Int {
        lock.withLock {
            hits[path, default: 0] += 1
            userAgents.append(userAgent)
            return hits[path]!
        }
    }

    func hitCount(_ path: String) -> Int { lock.withLock { hits[path] ?? 0 } }
    var seenUserAgents: [String] { lock.withLock { userAgents } }

    func stop() async {
        await server.stop()
        task.cancel()
    }

    static func body(_ text: String, type: String = "application/atom+xml", headers: [String: String] = [:]) -> FlyingFox.HTTPResponse {
        body(Data(text.utf8), type: type, headers: headers)
    }

    static func body(_ data: Data, type: String, status: HTTPStatusCode = .ok, headers: [String: String] = [:]) -> FlyingFox.HTTPResponse {
        var fields = HTTPHeaders()
        fields[HTTPHeader("Content-Type")] = type
        for (name, value) in headers { fields[HTTPHeader(name)] = value }
        return FlyingFox.HTTPResponse(statusCode: status, headers: fields, body: data)
    }

    static func status(_ code: Int, location: String? = nil) -> FlyingFox.HTTPResponse {
        var fields = HTTPHeaders()
        if let location { fields[HTTPHeader("Location")] = location }
        return FlyingFox.HTTPResponse(statusCode: HTTPStatusCode(code, phrase: "Status"), headers: fields)
    }

    /// A PNG of `width`×`height` red pixels.
    static func png(width: Int, height: Int, padding: Int = 0) -> Data {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let length = UInt32(data.count)
            return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
                + Array(type.utf8) + data + [0, 0, 0, 0]
        }
        func big(_ value: Int) -> [UInt8] { [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        let header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        return Data(header + chunk("IHDR", big(width) + big(height) + [8, 2, 0, 0, 0]) + chunk("tEXt", Array(repeating: 0x41, count: padding))
            + chunk("IEND", []))
    }

    /// A 1×1 GIF, as trackers serve.
    static let pixelGIF = Data([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF,
                                0x00, 0x00, 0x00, 0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00,
                                0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B])
}

/// Runs blocking work (a fetch) on its own thread, off Swift's cooperative pool, which the test server needs.
func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread.detachNewThread { continuation.resume(returning: work()) }
    }
}
