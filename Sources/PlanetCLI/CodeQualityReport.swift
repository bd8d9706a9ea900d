import Foundation
import PlanetCore

/// `planet check --format gitlab`: the diagnostics as a GitLab Code Quality report, which a merge request shows on
/// its changed lines: `[{"check_name", "description", "fingerprint", "location": {"lines": {"begin"}, "path"},
/// "severity"}...]`, keys sorted, in the order of `Diagnostic`'s sort.
enum CodeQualityReport {
    private struct Issue: Encodable {
        struct Lines: Encodable {
            var begin: Int
        }

        struct Location: Encodable {
            var path: String
            var lines: Lines
        }

        var description: String
        var checkName: String
        var fingerprint: String
        var severity: String
        var location: Location
    }

    /// The report; `path` maps a diagnostic's path to the repository's root.
    static func text(_ diagnostics: [Diagnostic], path: (String) -> String = { $0 }) -> String {
        var seen: [UInt64: Int] = [:]
        let issues = diagnostics.sorted().map { diagnostic in
            let file = path(diagnostic.location.path)
            let identity = fingerprint(code: diagnostic.stableCode, path: file, message: diagnostic.message, occurrence: 0)
            let occurrence = seen[identity, default: 0]
            seen[identity] = occurrence + 1
            return Issue(
                description: diagnostic.message, checkName: diagnostic.stableCode,
                fingerprint: hex(fingerprint(code: diagnostic.stableCode, path: file, message: diagnostic.message, occurrence: occurrence)),
                severity: severity(of: diagnostic.severity),
                location: Issue.Location(path: file, lines: Issue.Lines(begin: diagnostic.location.line)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = (try? encoder.encode(issues)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Code Quality's severity: major for an error, minor for a warning.
    static func severity(of severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        }
    }

    /// What identifies an issue from one run to the next: its code, file and message, not its line (which moves
    /// when lines are added above it), and its rank among identical issues of the file, so that each is unique.
    private static func fingerprint(code: String, path: String, message: String, occurrence: Int) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.combine(code)
        fingerprint.combine(path)
        fingerprint.combine(message)
        fingerprint.combine(occurrence)
        return fingerprint.value
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
