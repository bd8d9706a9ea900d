import HummingbirdCore
import Logging
import NIOCore

/// HummingbirdCore's HTTP/1 child channel with `HeadGuard` in front of SwiftNIO's HTTP decoder, whose own limits
/// are set to the same bounds.
struct GuardedHTTP1Channel: HTTPChannelHandler {
    typealias Value = HTTP1Channel.Value

    let inner: HTTP1Channel
    let limits: RequestHeadLimits

    init(responder: @escaping HTTPChannelHandler.Responder, limits: RequestHeadLimits) {
        var configuration = HTTP1Channel.Configuration()
        configuration.httpDecoder.maxHeaderFieldSize = limits.fieldLineBytes
        configuration.httpDecoder.maxHeaderListSize = limits.headBytes
        configuration.httpDecoder.maxHeaderFieldCount = limits.fields
        inner = HTTP1Channel(responder: responder, configuration: configuration)
        self.limits = limits
    }

    var responder: HTTPChannelHandler.Responder { inner.responder }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        do {
            try channel.pipeline.syncOperations.addHandler(HeadGuard(limits: limits))
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        return inner.setup(channel: channel, logger: logger)
    }

    func handle(value: Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}
