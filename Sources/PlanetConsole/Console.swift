import Foundation
import PlanetCore

/// Where commands print: information on standard output, diagnostics and errors on standard error.
/// `--quiet` keeps only errors, `--verbose` adds details; colours only on a terminal, never with `NO_COLOR`.
public struct Console: Sendable {
    public enum Verbosity: Sendable, Comparable {
        case quiet, normal, verbose
    }

    public var verbosity: Verbosity
    /// Whether standard error is a terminal: progress bars are drawn there.
    public let errorIsTerminal: Bool
    /// Whether diagnostics are coloured: on a terminal, unless `NO_COLOR` is set to anything.
    public let colours: Bool

    public init(verbosity: Verbosity = .normal, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.verbosity = verbosity
        errorIsTerminal = isatty(STDERR_FILENO) == 1
        colours = errorIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    public func info(_ line: String) {
        guard verbosity >= .normal else { return }
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// A line printed only with `--verbose`.
    public func detail(_ line: String) {
        guard verbosity == .verbose else { return }
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    public func error(_ line: String) {
        FileHandle.standardError.write(Data((styled(line) + "\n").utf8))
    }

    /// Prints diagnostics in the compiler's form, sorted; warnings are left out with `--quiet`.
    public func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sorted() where !(verbosity == .quiet && diagnostic.severity == .warning) {
            error(diagnostic.rendered)
        }
    }

    /// Colours the first `error:` or `warning:` of a line (red, yellow) when colours are on.
    func styled(_ text: String) -> String {
        guard colours else { return text }
        for (word, colour) in [("error:", "31"), ("warning:", "33")] {
            if let range = text.range(of: word), range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)] == " " {
                return text.replacingCharacters(in: range, with: "\u{1B}[1;\(colour)m\(word)\u{1B}[0m")
            }
        }
        return text
    }
}
