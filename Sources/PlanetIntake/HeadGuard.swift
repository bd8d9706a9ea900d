import NIOCore

/// The first handler of a connection's pipeline, before SwiftNIO's HTTP decoder: it reads each request's head as
/// bytes and cuts the connection, with a complete answer, when a line or the head breaks `RequestHeadLimits`
/// (414 for the request line, 431 for fields), or when the framing is ambiguous (400: a repeated or signed
/// `Content-Length`, `Content-Length` with `Transfer-Encoding`, a space before a field's colon, a folded line).
/// It also holds the connection's deadlines: `idleSeconds` without a byte while the client owes some, and
/// `requestSeconds` from a request's first byte to its last. Bodies pass through uncounted but for their length.
final class HeadGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = IOData
    typealias OutboundOut = IOData

    private enum Phase {
        /// Reading a head: the current line's bytes (kept up to the limit), and what the head said so far.
        case head
        /// Reading a body of known length: the bytes still to come.
        case body(remaining: Int)
        /// After a chunked body's head: the HTTP decoder frames the rest; only the deadline of the request holds.
        case unframed
        /// The connection was refused: nothing more is read.
        case refused
    }

    private let limits: RequestHeadLimits
    private var phase = Phase.head
    private var line: [UInt8] = []
    private var lineLength = 0
    private var headLength = 0
    private var fieldCount = 0
    private var sawRequestLine = false
    private var contentLength: Int?
    private var chunked = false
    /// A request was read whole and its answer is not written yet: the service, not the client, owes bytes.
    private var answering = false
    private var idleTimer: Scheduled<Void>?
    private var requestTimer: Scheduled<Void>?

    init(limits: RequestHeadLimits) {
        self.limits = limits
    }

    func channelActive(context: ChannelHandlerContext) {
        armIdle(context: context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        idleTimer?.cancel()
        requestTimer?.cancel()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        if case .refused = phase { return }
        if requestTimer == nil, !answering { armRequest(context: context) }
        if let refusal = scan(buffer) {
            refuse(refusal, context: context)
            return
        }
        if answering { idleTimer?.cancel() } else { armIdle(context: context) }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if answering {
            answering = false
            armIdle(context: context)
        }
        context.write(data, promise: promise)
    }

    /// Follows `buffer` through the phases; the answer to send when it breaks a rule.
    private func scan(_ buffer: ByteBuffer) -> Refusal? {
        var view = buffer.readableBytesView[...]
        while !view.isEmpty {
            switch phase {
            case .refused:
                return nil
            case .unframed:
                return nil
            case .body(let remaining):
                let taken = min(remaining, view.count)
                view = view.dropFirst(taken)
                if taken == remaining { finishRequest() } else { phase = .body(remaining: remaining - taken) }
            case .head:
                guard let newline = view.firstIndex(of: UInt8(ascii: "\n")) else {
                    if let refusal = append(view) { return refusal }
                    return nil
                }
                if let refusal = append(view[..<newline]) { return refusal }
                headLength += 1
                view = view[view.index(after: newline)...]
                if let refusal = endLine() { return refusal }
            }
        }
        return nil
    }

    /// Adds bytes of the current head line, refusing a line or a head past its bound.
    private func append<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Refusal? {
        lineLength += bytes.count
        headLength += bytes.count
        let bound = sawRequestLine ? limits.fieldLineBytes : limits.requestLineBytes
        if lineLength > bound + 1 { return sawRequestLine ? .fieldsTooLarge : .requestLineTooLong }
        if headLength > limits.headBytes { return .fieldsTooLarge }
        line.append(contentsOf: bytes)
        return nil
    }

    /// A head line is complete (without its `\n`).
    private func endLine() -> Refusal? {
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        defer {
            line.removeAll(keepingCapacity: true)
            lineLength = 0
        }
        if !sawRequestLine {
            if line.isEmpty { return nil }
            sawRequestLine = true
            return nil
        }
        if line.isEmpty { return endHead() }
        fieldCount += 1
        if fieldCount > limits.fields { return .fieldsTooLarge }
        return field(line)
    }

    /// Checks a field line's framing: its name, and `Content-Length` and `Transfer-Encoding`.
    private func field(_ line: [UInt8]) -> Refusal? {
        guard let first = line.first, first != UInt8(ascii: " "), first != UInt8(ascii: "\t") else { return .badFraming }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return .badFraming }
        let last = line[colon - 1]
        if last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { return .badFraming }
        let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
        let value = line[(colon + 1)...].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let trimmed = value.reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.reversed()
        switch name {
        case "content-length":
            guard contentLength == nil, !trimmed.isEmpty, trimmed.count <= 15,
                  trimmed.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return .badFraming }
            contentLength = Int(String(decoding: trimmed, as: UTF8.self))
        case "transfer-encoding":
            chunked = true
        default:
            break
        }
        return nil
    }

    /// The blank line: the head is whole; the body's framing decides what follows.
    private func endHead() -> Refusal? {
        if chunked, contentLength != nil { return .badFraming }
        defer {
            headLength = 0
            fieldCount = 0
            sawRequestLine = false
            contentLength = nil
            chunked = false
        }
        if chunked {
            phase = .unframed
        } else if let length = contentLength, length > 0 {
            phase = .body(remaining: length)
        } else {
            finishRequest()
        }
        return nil
    }

    private func finishRequest() {
        phase = .head
        answering = true
        requestTimer?.cancel()
        requestTimer = nil
    }

    private func armIdle(context: ChannelHandlerContext) {
        idleTimer?.cancel()
        let channel = context.channel
        idleTimer = context.eventLoop.scheduleTask(in: .nanoseconds(Int64(limits.idleSeconds * 1e9))) { channel.close(promise: nil) }
    }

    private func armRequest(context: ChannelHandlerContext) {
        let channel = context.channel
        requestTimer = context.eventLoop.scheduleTask(in: .nanoseconds(Int64(limits.requestSeconds * 1e9))) { channel.close(promise: nil) }
    }

    /// Answers `refusal` on the raw connection (the HTTP encoder never saw this request), then closes its sending
    /// side and, a moment later, the connection: a client still sending its head reads the answer rather than a reset.
    private func refuse(_ refusal: Refusal, context: ChannelHandlerContext) {
        phase = .refused
        idleTimer?.cancel()
        requestTimer?.cancel()
        let body = refusal.message + "\n"
        var buffer = context.channel.allocator.buffer(capacity: 160 + body.utf8.count)
        buffer.writeString(
            "HTTP/1.1 \(refusal.status)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: \(body.utf8.count)\r\n"
                + "Connection: close\r\nCache-Control: no-store\r\n\r\n\(body)")
        let channel = context.channel
        let written = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(.byteBuffer(buffer)), promise: written)
        written.futureResult.whenComplete { _ in
            channel.close(mode: .output, promise: nil)
            channel.eventLoop.scheduleTask(in: .seconds(2)) { channel.close(promise: nil) }
        }
    }

    enum Refusal {
        case requestLineTooLong
        case fieldsTooLarge
        case badFraming

        var status: String {
            switch self {
            case .requestLineTooLong: "414 URI Too Long"
            case .fieldsTooLarge: "431 Request Header Fields Too Large"
            case .badFraming: "400 Bad Request"
            }
        }

        var message: String {
            switch self {
            case .requestLineTooLong: "The request line is too long."
            case .fieldsTooLarge: "The request's header fields are too large."
            case .badFraming: "The request's framing is invalid."
            }
        }
    }
}
