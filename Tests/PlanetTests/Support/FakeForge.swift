import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import PlanetIntake

/// A forge's pull-request API on the loopback address, for one kind (GitHub, Gitea, GitLab): it lists and opens
/// requests, and misbehaves on purpose: the first POST answers 500 without opening anything, the second opens
/// the request but answers only after `slowAnswer` seconds (after the client gave up).
final class FakeForge: @unchecked Sendable {
    struct Request: Sendable {
        var method: String
        var path: String
        var query: [String: String]
        var headers: [String: String]
        var body: Data
    }

    let kind: ForgeKind
    let port: UInt16
    let slowAnswer: TimeInterval
    private let listener: Int32
    private let lock = NSLock()
    private var received: [Request] = []
    /// The bodies of the requests opened.
    private var opened: [[String: String]] = []

    init(kind: ForgeKind, slowAnswer: TimeInterval = 3) throws {
        self.kind = kind
        self.slowAnswer = slowAnswer
        let (listener, port) = try LoopbackListener.open()
        self.port = port
        self.listener = listener
        Thread.detachNewThread { [self] in
            while true {
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else { return }
                Thread.detachNewThread { [self] in serve(connection) }
            }
        }
    }

    var api: String { "http://127.0.0.1:\(port)" }
    var requests: [Request] { lock.withLock { received } }
    var openedRequests: [[String: String]] { lock.withLock { opened } }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        guard let request = read(connection) else { return }
        let (status, body, delay) = lock.withLock { answer(request) }
        if delay > 0 { Thread.sleep(forTimeInterval: delay) }
        let head = "HTTP/1.1 \(status) Status\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        RawHTTP.write(connection, Data(head.utf8) + body)
    }

    /// Called under the lock.
    private func answer(_ request: Request) -> (Int, Data, TimeInterval) {
        received.append(request)
        let branch: String? = switch kind {
        case .github: request.query["head"].map { String($0.drop { $0 != ":" }.dropFirst()) }
        case .gitlab: request.query["source_branch"]
        case .gitea: nil
        }
        if request.method == "GET" {
            let matching = opened.filter { fields in
                branch.map { (fields["head"] ?? fields["source_branch"]) == $0 } ?? true
            }
            let items: [[String: Any]] = matching.enumerated().map { index, fields in
                kind == .gitea ? ["number": index + 1, "head": ["ref": fields["head"] ?? ""]] : ["number": index + 1]
            }
            return (200, (try? JSONSerialization.data(withJSONObject: items)) ?? Data("[]".utf8), 0)
        }
        let posts = received.filter { $0.method == "POST" }.count
        if posts == 1 { return (500, Data(#"{"message":"boom"}"#.utf8), 0) }
        let fields = (try? JSONSerialization.jsonObject(with: request.body) as? [String: String]) ?? [:]
        opened.append(fields)
        return (201, Data(#"{"number":1}"#.utf8), posts == 2 ? slowAnswer : 0)
    }

    private func read(_ connection: Int32) -> Request? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 8192)
        var headerEnd: Range<Data.Index>?
        while headerEnd == nil {
            let count = Glibc.read(connection, &buffer, buffer.count)
            guard count > 0 else { return nil }
            data.append(contentsOf: buffer[0..<count])
            headerEnd = data.range(of: Data("\r\n\r\n".utf8))
        }
        let lines = String(decoding: data[..<headerEnd!.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        var body = Data(data[headerEnd!.upperBound...])
        while body.count < length {
            let count = Glibc.read(connection, &buffer, buffer.count)
            guard count > 0 else { break }
            body.append(contentsOf: buffer[0..<count])
        }
        let components = URLComponents(string: String(parts[1]))
        var query: [String: String] = [:]
        for item in components?.queryItems ?? [] { query[item.name] = item.value ?? "" }
        return Request(
            method: String(parts[0]), path: components?.percentEncodedPath ?? "", query: query, headers: headers, body: body)
    }
}
