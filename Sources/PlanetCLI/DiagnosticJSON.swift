import Foundation
import PlanetCore

/// `planet check --format json`: the diagnostics as one JSON object, for CI annotations.
///
/// `{"diagnostics": [{"code", "column", "line", "message", "path", "severity"}...], "errors": N, "warnings": N}`,
/// keys sorted, diagnostics in the order of `Diagnostic`'s sort.
enum DiagnosticJSON {
    private struct Entry: Encodable {
        var path: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
        var code: String
    }

    private struct Report: Encodable {
        var diagnostics: [Entry]
        var errors: Int
        var warnings: Int
    }

    static func text(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.sorted().map {
            Entry(path: $0.location.path, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue,
                  message: $0.message, code: $0.stableCode)
        }
        let report = Report(
            diagnostics: entries, errors: entries.filter { $0.severity == "error" }.count,
            warnings: entries.filter { $0.severity == "warning" }.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
