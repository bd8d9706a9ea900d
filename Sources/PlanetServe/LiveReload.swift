import Foundation

/// The pages open in browsers, each listening on `/__planet/events`: told to reload after a good rebuild,
/// or shown the errors of a failed one.
actor LiveReload {
    private var clients: [UUID: AsyncStream<Data>.Continuation] = [:]
    /// The errors of the last build, as the JSON of an `errors` event; nil after a good build.
    private var currentErrors: String?

    /// A new listener's stream of events; it starts with the current errors, if any.
    func connect() -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream<Data>.makeStream()
        let id = UUID()
        clients[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.disconnect(id) }
        }
        continuation.yield(Data(": planet live reload\n\n".utf8))
        if let currentErrors { continuation.yield(Self.event("errors", data: currentErrors)) }
        return stream
    }

    /// After a good rebuild: every open page reloads.
    func reload() {
        currentErrors = nil
        broadcast(Self.event("reload", data: "{}"))
    }

    /// After a failed rebuild: every open page shows the errors (a JSON list) over the previous good site.
    func show(errors json: String) {
        currentErrors = json
        broadcast(Self.event("errors", data: json))
    }

    /// Ends every stream, so that the server can stop.
    func finishAll() {
        for continuation in clients.values { continuation.finish() }
        clients = [:]
    }

    private func disconnect(_ id: UUID) {
        clients[id] = nil
    }

    private func broadcast(_ event: Data) {
        for continuation in clients.values { continuation.yield(event) }
    }

    /// `event: NAME` and one `data:` line (the JSON holds no line break).
    static func event(_ name: String, data: String) -> Data {
        Data("event: \(name)\ndata: \(data)\n\n".utf8)
    }
}
