import PlanetCore

/// `planet check --format github`: each diagnostic as a GitHub Actions workflow command, which the pull request
/// shows on the line at fault: `::error file=PATH,line=L,col=C,title=CODE::MESSAGE`.
///
/// Escaped as GitHub's toolkit does: in the message, `%`, CR and LF; in a property, also `:` and `,`.
enum GitHubAnnotations {
    /// One line per diagnostic, in the order of `Diagnostic`'s sort; `path` maps a diagnostic's path to the
    /// repository's root.
    static func text(_ diagnostics: [Diagnostic], path: (String) -> String = { $0 }) -> String {
        diagnostics.sorted().map { diagnostic in
            let properties = [
                ("file", path(diagnostic.location.path)), ("line", String(diagnostic.location.line)),
                ("col", String(diagnostic.location.column)), ("title", diagnostic.stableCode),
            ].map { "\($0)=\(escapedProperty($1))" }.joined(separator: ",")
            return "::\(command(for: diagnostic.severity)) \(properties)::\(escapedData(diagnostic.message))\n"
        }.joined()
    }

    /// The workflow command of a severity.
    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        }
    }

    /// A command's data (the message): `%`, CR and LF percent-encoded.
    static func escapedData(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A property's value: as data, and `:` and `,` too.
    static func escapedProperty(_ text: String) -> String {
        escapedData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
