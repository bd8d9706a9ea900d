import Foundation
import PlanetCore
import PlanetLoad

/// Reads the weekly letters recorded under `letters/`: a file's name is its ISO week (`letters/2026-W49.yaml`);
/// what it holds is a comment for the people who read the repository.
public enum LetterParser {
    /// The records, oldest first; a file whose name is not a week is a warning, and left out.
    public static func parse(_ files: [SourceFile]) -> ([LetterRecord], [Diagnostic]) {
        var records: [LetterRecord] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let name = String((file.path as NSString).lastPathComponent.dropLast(".yaml".count))
            if let week = LetterWeek(name), name == week.description {
                records.append(LetterRecord(week: week, sourcePath: file.path))
            } else {
                diagnostics.append(.warning(
                    "ignored: a weekly letter's file is named after its ISO week, such as letters/2026-W49.yaml",
                    at: SourceLocation(path: file.path)))
            }
        }
        return (records.sorted { $0.week < $1.week }, diagnostics)
    }
}
