/// The bounds a request's head is held to before any HTTP parser reads it, and the deadlines of a connection.
public struct RequestHeadLimits: Sendable, Hashable {
    /// The request line's bytes (method, target, version), line end excluded.
    public var requestLineBytes = 8 * 1024
    /// One header field line's bytes, line end excluded.
    public var fieldLineBytes = 8 * 1024
    /// The whole head's bytes, line ends included.
    public var headBytes = 64 * 1024
    /// Header fields in one head.
    public var fields = 100
    /// Seconds a client may keep the service waiting for its next bytes, within a request or between two.
    public var idleSeconds: Double = 10
    /// Seconds from a request's first byte to its last: a request trickled slowly is cut after that.
    public var requestSeconds: Double = 30

    public init() {}
}
