import Foundation
import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix

/// The intake's HTTP server: HummingbirdCore's HTTP/1 server on SwiftNIO, with `HeadGuard` in front of the parser,
/// at most `maxConnections` connections at once (past that, new ones wait in the kernel's queue), and SwiftNIO's
/// accept backoff when the process runs out of file descriptors. Each request goes to `IntakeHandler` as an
/// `IntakeRequest`.
struct IntakeServer: Sendable {
    let host: String
    let port: Int
    let limits: RequestHeadLimits
    let maxConnections: Int
    let handler: IntakeHandler

    /// The server, ready to `run()`; `onListening` gets the port it listens on.
    func make(onListening: @escaping @Sendable (Int) -> Void) -> Server<GuardedHTTP1Channel> {
        let handler = self.handler
        let channel = GuardedHTTP1Channel(responder: { request, writer, channel in
            let response = await handler.handleRequest(Self.intakeRequest(request, peer: channel.remoteAddress?.ipAddress ?? ""))
            try await writer.write(response: Self.head(of: response), body: ResponseBody(byteBuffer: ByteBuffer(bytes: response.body)))
        }, limits: limits)
        var logger = Logger(label: "planet.intake")
        logger.logLevel = .critical
        return Server(
            childChannelSetup: channel,
            configuration: ServerConfiguration(
                address: .hostname(host, port: port), serverName: nil, backlog: 256, reuseAddress: true,
                availableConnectionsDelegate: MaximumAvailableConnections(maxConnections)),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton, logger: logger)
    }

    /// The connections the service may hold at once: `requested`, but never so many that the process would run
    /// out of file descriptors (a reserve is kept for the spool, git and the webmention client).
    static func connectionBound(requested: Int) -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < rlim_t(Int32.max) else { return requested }
        return max(8, min(requested, Int(limit.rlim_cur) - 64))
    }

    private static func intakeRequest(_ request: Request, peer: String) -> IntakeRequest {
        let target = request.head.path ?? "/"
        let (path, query) = target.firstIndex(of: "?").map { (String(target[..<$0]), String(target[target.index(after: $0)...])) }
            ?? (target, "")
        let body = request.body
        return IntakeRequest(
            method: request.head.method.rawValue, path: path, query: query,
            headers: request.head.headerFields.map { (name: $0.name.rawName, value: $0.value) }, peer: peer,
            readBody: { limit in
                var bytes: [UInt8] = []
                for try await buffer in body {
                    if bytes.count + buffer.readableBytes > limit { return nil }
                    bytes.append(contentsOf: buffer.readableBytesView)
                }
                return bytes
            })
    }

    private static func head(of response: IntakeResponse) -> HTTPResponse {
        var fields = HTTPFields()
        for (name, value) in response.headers {
            if let field = HTTPField.Name(name) { fields.append(HTTPField(name: field, value: value)) }
        }
        fields[.contentLength] = String(response.body.count)
        return HTTPResponse(status: .init(code: response.status), headerFields: fields)
    }
}
