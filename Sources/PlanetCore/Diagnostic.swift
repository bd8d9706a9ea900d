/// A problem found in the site's files, located precisely enough for an editor to jump to it.
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// The offending source line, shown under the message (without its line break).
    public var excerpt: String?
    /// A stable identifier of the kind of problem (`broken-link`), for tools; when nil, `stableCode` derives one.
    public var code: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, excerpt: String? = nil, code: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.excerpt = excerpt
        self.code = code
    }

    /// An error; its machine code, when it has its own, comes from `DiagnosticCode`.
    public static func error(_ message: String, at location: SourceLocation, excerpt: String? = nil, code: DiagnosticCode? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, excerpt: excerpt, code: code?.rawValue)
    }

    /// A warning; its machine code, when it has its own, comes from `DiagnosticCode`.
    public static func warning(_ message: String, at location: SourceLocation, excerpt: String? = nil, code: DiagnosticCode? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, excerpt: excerpt, code: code?.rawValue)
    }

    /// The same diagnostic as a warning: how `--keep-going` reports the errors it skipped past.
    public var demotedToWarning: Diagnostic {
        var copy = self
        copy.severity = .warning
        return copy
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return codePointOrder(lhs.message, rhs.message)
    }
}
