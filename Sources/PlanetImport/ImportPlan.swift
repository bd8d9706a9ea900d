import PlanetCore

/// What an import would write, with its summary and its warnings (or the errors that stop it).
public struct ImportPlan: Sendable {
    /// Sorted by path.
    public var files: [PlannedFile]
    public var summary: ImportSummary
    public var diagnostics: [Diagnostic]

    public init(files: [PlannedFile] = [], summary: ImportSummary = ImportSummary(), diagnostics: [Diagnostic] = []) {
        self.files = files
        self.summary = summary
        self.diagnostics = diagnostics
    }
}
