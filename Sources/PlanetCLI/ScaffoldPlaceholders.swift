import Foundation
import PlanetCore

/// The placeholders that `planet new site` leaves where it could not know a value (the repository that CI
/// builds planet from, the site's address when `--base-url` is not given): `planet check` warns, at each one,
/// until they are replaced.
enum ScaffoldPlaceholders {
    /// The site files that may hold a placeholder, relative to the site folder.
    static let paths = [".github/workflows/planet.yml", "README.md", "planet.yaml"]

    /// The `base_url` that `planet new site` writes when it is given none.
    static let placeholderBaseURL = "https://example.org"

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
        for file in files where file.path == "planet.yaml" {
            diagnostics += baseURLDiagnostics(in: file.text)
        }
        return diagnostics
    }

    /// A warning at `base_url` in `planet.yaml` while it is the placeholder (`https://example.org`, quoted or not,
    /// with or without a final `/`).
    static func baseURLDiagnostics(in text: String) -> [Diagnostic] {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix("base_url:") {
            let value = line.dropFirst("base_url:".count).prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            let unquoted = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            guard unquoted == placeholderBaseURL || unquoted == placeholderBaseURL + "/",
                  let range = line.range(of: unquoted) else { return [] }
            let column = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
            return [.warning(
                "`\(placeholderBaseURL)` is a placeholder left by planet new site: set `base_url` to the address where the site "
                    + "is published (feeds and links to the site use it)",
                at: SourceLocation(path: "planet.yaml", line: index + 1, column: column), excerpt: String(line),
                code: .placeholderBaseURL)]
        }
        return []
    }
}
