/// A request as the intake's routes read it, whatever HTTP server delivered it: the method, the path and query
/// of its target, its header fields, the peer's address, and its body, read on demand up to a bound.
public struct IntakeRequest: Sendable {
    /// Reads the body: its bytes, or nil when it holds more than the given number of bytes (what was read
    /// beyond is dropped). Throws when the connection fails while reading.
    public typealias BodyReader = @Sendable (_ limit: Int) async throws -> [UInt8]?

    /// `GET`, `POST`... as sent (methods are case-sensitive).
    public var method: String
    /// The target's path, percent-encoded as sent, without its query.
    public var path: String
    /// The target's query, without `?`; empty when there is none.
    public var query: String
    /// Header fields in the order received; names as sent.
    public var headers: [(name: String, value: String)]
    /// The peer's numeric address (`203.0.113.7`, `2001:db8::1`), or empty when unknown.
    public var peer: String
    public var readBody: BodyReader

    public init(
        method: String, path: String, query: String = "", headers: [(name: String, value: String)] = [], peer: String = "",
        readBody: @escaping BodyReader = { _ in [] }
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.peer = peer
        self.readBody = readBody
    }

    /// The first value of the header field `name` (compared without case).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Every value of the header field `name` (compared without case), in order.
    public func headerValues(_ name: String) -> [String] {
        headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }
}
