import PlanetCore

/// The placeholders that `planet new site` leaves where it could not know a value (the repository whose releases
/// CI downloads planet from, and the checksum of that archive): `planet check` warns, at each one, until they are
/// replaced.
enum ScaffoldPlaceholders {
    /// The site files that may hold a placeholder, relative to the site folder.
    static let paths = SiteForge.allCases.map(\.ciPath) + ["README.md"]

    /// Each placeholder, and what to write in its place.
    static let placeholders = [
        (text: SiteScaffold.placeholderRepository, advice: "name the repository whose releases CI downloads planet from"),
        (text: SiteScaffold.placeholderChecksum,
         advice: "write the SHA-256 of \(SiteScaffold.releaseArchive), from the .sha256 file beside it on the release page"),
    ]

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
                        code: "scaffold-placeholder"))
                }
            }
        }
        return diagnostics
    }
}
