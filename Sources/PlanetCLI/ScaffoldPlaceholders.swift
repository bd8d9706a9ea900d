import PlanetCore

/// The placeholders that `planet new site` leaves where it could not know a value (the repository that CI
/// builds planet from): `planet check` warns, at each one, until they are replaced.
enum ScaffoldPlaceholders {
    /// The site files that may hold a placeholder, relative to the site folder.
    static let paths = [".github/workflows/planet.yml", "README.md"]

    /// A located warning for each placeholder in `files` (path → text).
    static func diagnostics(in files: [(path: String, text: String)]) -> [Diagnostic] {
        let placeholder = SiteScaffold.placeholderRepository
        var diagnostics: [Diagnostic] = []
        for file in files {
            for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let range = line.range(of: placeholder) else { continue }
                let column = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
                diagnostics.append(.warning(
                    "`\(placeholder)` is a placeholder left by planet new site: name the repository that CI builds planet from",
                    at: SourceLocation(path: file.path, line: index + 1, column: column), excerpt: String(line),
                    code: "scaffold-placeholder"))
            }
        }
        return diagnostics
    }
}
