/// The decoded text of one site file, which knows how to locate a line for diagnostics.
public struct SourceText: Sendable, Hashable {
    /// Path relative to the site folder, with `/` separators.
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of a 1-based line, without its line break, or nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), maxSplits: number, omittingEmptySubsequences: false)
        guard number <= lines.count else { return nil }
        var line = lines[number - 1]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }

    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    /// A line and column of this file, with the line as excerpt.
    public func mark(line: Int, column: Int = 1) -> SourceMark {
        SourceMark(location: location(line: line, column: column), excerpt: excerpt(line))
    }

    /// An error at a line and column of this file, with the line as excerpt.
    public func error(_ message: String, line: Int = 1, column: Int = 1) -> Diagnostic {
        .error(message, at: location(line: line, column: column), excerpt: excerpt(line))
    }

    /// A warning at a line and column of this file, with the line as excerpt.
    public func warning(_ message: String, line: Int = 1, column: Int = 1, code: DiagnosticCode? = nil) -> Diagnostic {
        .warning(message, at: location(line: line, column: column), excerpt: excerpt(line), code: code)
    }

    private func excerpt(_ number: Int) -> String? {
        self.line(number).flatMap { $0.isEmpty ? nil : $0 }
    }
}
