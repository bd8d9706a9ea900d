import Foundation
import PlanetCore

/// Where commands print: information on standard output, diagnostics and errors on standard error.
struct Console {
    var quiet: Bool

    func info(_ line: String) {
        guard !quiet else { return }
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints diagnostics in the compiler's form, sorted; warnings are left out with `--quiet`.
    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sorted() where !(quiet && diagnostic.severity == .warning) {
            error(diagnostic.rendered)
        }
    }
}
