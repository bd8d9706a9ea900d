/// A place in a site file kept for a later stage to report a problem there: its location and its line.
public struct SourceMark: Sendable, Hashable {
    public var location: SourceLocation
    /// The line at `location`, without its line break, shown under the message.
    public var excerpt: String?

    public init(location: SourceLocation, excerpt: String? = nil) {
        self.location = location
        self.excerpt = excerpt
    }

    public func error(_ message: String) -> Diagnostic {
        .error(message, at: location, excerpt: excerpt)
    }
}
