import PlanetCore

/// Why the output could not be written. The previous site is intact in every case.
public enum SiteWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    case outputContainsSite(output: String)
    case unsafePath(String)
    case io(path: String, reason: String)
    /// Files that cannot be written as planned, as located diagnostics: two for one path, or a page whose
    /// template failed. Nothing was published.
    case rejected([Diagnostic])

    public var description: String {
        switch self {
        case .outputContainsSite(let output):
            "the output folder \(output) is the site folder or contains it; choose another with --output"
        case .unsafePath(let path):
            "refusing to write \(path): it would land outside the output folder"
        case .io(let path, let reason):
            "cannot write \(path): \(reason); the previous site is left as it was"
        case .rejected(let diagnostics):
            diagnostics.map(\.rendered).joined(separator: "\n")
        }
    }
}
