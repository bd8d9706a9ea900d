import Foundation
import PlanetCore

/// The placeholders that `planet new site` leaves where it could not know a value (the repository whose releases
/// CI downloads planet from, the checksum of that archive, the site's address when `--base-url` is not given):
/// `planet check` warns, at each one, until they are replaced.
enum ScaffoldPlaceholders {
    /// The site files that may hold a placeholder, relative to the site folder.
    static let paths = SiteForge.allCases.map(\.ciPath) + ["README.md", "planet.yaml"]

    /// Each placeholder of the CI files and the README, and what to write in its place.
    static let placeholders = [
        (text: SiteScaffold.placeholderRepository, advice: "name the repository whose releases CI downloads planet from"),
        (text: SiteScaffold.placeholderChecksum,
         advice: "write the SHA-256 of \(SiteScaffold.releaseArchive), from the .sha256 file beside it on the release page"),
    ]

    /// The `base_url` that `planet new site` writes when it is given none.
    static let placeholderBaseURL = "https://example.org"

    /// A located warning for each placeholder in `files` (path → text).
    static func diagnostics(in files: [(path: String, text: String)]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for file in files {
            for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for placeholder in placeholders {
                    guard let range = line.range(of: placeholder.text) else { continue }
                    let column = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
                    diagnostics.append(.warning(
                        "`\(placeholder.text)` is a placeholder left by planet new site: \(placeholder.advice)",
                        at: SourceLocation(path: file.path, line: index + 1, column: column), excerpt: String(line),
                        code: .scaffoldPlaceholder))
                }
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
