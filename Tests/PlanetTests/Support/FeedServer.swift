import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A feed server on the loopback address for `planet fetch` tests, on plain sockets and its own threads (so that
/// no other test can starve it): it serves fixtures and misbehaves on purpose (304, 500, slow, oversize, redirect
/// loops, invalid XML, wrong encodings, hostile HTML, tracking pixels). One request per connection.
final class FeedServer: @unchecked Sendable {
    struct Request: Sendable {
        var path: String
        /// Header names lowercased.
        var headers: [String: String]
    }

    struct Response: Sendable {
        var status: Int
        var headers: [String: String] = [:]
        var body = Data()
        /// Seconds to wait before answering.
        var delay: TimeInterval = 0
    }

    /// Path → response (a path with a query falls back to the route of the path without it); `count` is how many
    /// times the path was requested, this one included.
    typealias Route = @Sendable (_ request: Request, _ count: Int) -> Response

    let port: UInt16
    private let socket: Int32
    private let routes: [String: Route]
    private let lock = NSLock()
    private var hits: [String: Int] = [:]
    private var userAgents: [String] = []
    private var stopped = false

    init(routes: [String: Route]) throws {
        self.routes = routes
        let listener = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 64) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        socket = listener
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func hitCount(_ path: String) -> Int { lock.withLock { hits[path] ?? 0 } }
    /// Requests answered so far, whatever their path.
    var totalHits: Int { lock.withLock { hits.values.reduce(0, +) } }
    var seenUserAgents: [String] { lock.withLock { userAgents } }

    func stop() {
        lock.withLock { stopped = true }
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(socket, nil, nil)
            if connection < 0 {
                if lock.withLock({ stopped }) { return }
                continue
            }
            Thread.detachNewThread { [self] in serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.contains(Data("\r\n\r\n".utf8)) {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { return }
            received.append(contentsOf: buffer[0..<count])
        }
        let lines = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2 else { return }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let path = String(parts[1])
        let count = lock.withLock {
            hits[path, default: 0] += 1
            userAgents.append(headers["user-agent"] ?? "")
            return hits[path]!
        }
        let route = routes[path] ?? path.split(separator: "?", maxSplits: 1).first.flatMap { routes[String($0)] }
        let response = route?(Request(path: path, headers: headers), count) ?? Response(status: 404)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var head = "HTTP/1.1 \(response.status) Status\r\nContent-Length: \(response.body.count)\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        let bytes = Data((head + "\r\n").utf8) + response.body
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = send(connection, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if written <= 0 { return }
                offset += written
            }
        }
    }

    static func body(_ text: String, type: String = "application/atom+xml", headers: [String: String] = [:]) -> Response {
        body(Data(text.utf8), type: type, headers: headers)
    }

    static func body(_ data: Data, type: String, headers: [String: String] = [:]) -> Response {
        Response(status: 200, headers: headers.merging(["Content-Type": type]) { given, _ in given }, body: data)
    }

    static func status(_ code: Int, location: String? = nil) -> Response {
        Response(status: code, headers: location.map { ["Location": $0] } ?? [:])
    }

    /// A PNG header of `width`×`height` pixels, with `padding` bytes of text to make it as large as needed.
    /// A grey RGB PNG with a `tEXt` chunk of `padding` bytes (metadata that planet removes); with
    /// `textChunk: false`, the same image without it, as planet publishes it.
    static func png(width: Int, height: Int, padding: Int = 0, textChunk: Bool = true) -> Data {
        func big(_ value: Int) -> [UInt8] { [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        func crc(_ bytes: [UInt8]) -> Int {
            var value: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                value ^= UInt32(byte)
                for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
            }
            return Int(value ^ 0xFFFF_FFFF)
        }
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] { big(data.count) + Array(type.utf8) + data + big(crc(Array(type.utf8) + data)) }
        let rows = [UInt8]((0..<height).flatMap { _ in [0] + [UInt8](repeating: 0x80, count: width * 3) })
        var (a, b) = (1, 0)
        for byte in rows { (a, b) = ((a + Int(byte)) % 65521, (b + (a + Int(byte)) % 65521) % 65521) }
        let stored = [0x78, 0x01, 0x01, UInt8(rows.count & 0xFF), UInt8(rows.count >> 8), UInt8(~rows.count & 0xFF), UInt8(~rows.count >> 8 & 0xFF)]
            + rows + big(b << 16 | a)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        return Data(signature + chunk("IHDR", big(width) + big(height) + [8, 2, 0, 0, 0])
            + (textChunk ? chunk("tEXt", Array("Author\0".utf8) + Array(repeating: 0x41, count: padding)) : [])
            + chunk("IDAT", stored) + chunk("IEND", []))
    }

    /// A 1×1 GIF, as trackers serve.
    static let pixelGIF = Data([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF,
                                0x00, 0x00, 0x00, 0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00,
                                0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B])
}

/// Runs blocking work (a fetch) on its own thread, off Swift's cooperative pool.
func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread.detachNewThread { continuation.resume(returning: work()) }
    }
}
