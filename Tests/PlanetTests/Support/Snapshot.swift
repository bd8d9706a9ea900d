import Foundation
import PlanetCore
import Testing

/// Golden snapshots of built sites. Set `PLANET_RECORD=1` to write them anew, then review the diff.
enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["PLANET_RECORD"] == "1" }

    /// The output as a text bundle: generated text files in full, binary ones (web fonts) by their size, copied files
    /// by their source.
    static func text(of files: [OutputFile]) -> String {
        TextBundle.render(files.map { file in
            switch file.content {
            case .data(let data): (file.path, String(data: data, encoding: .utf8) ?? "(\(data.count) bytes)")
            case .copy(let source): (file.path, "(copy of \(source))")
            case .unchanged: (file.path, "(unchanged)")
            case .failed(let diagnostics): (file.path, "(failed: \(diagnostics.map(\.rendered).joined(separator: "; ")))")
            }
        })
    }

    static func assertMatches(_ files: [OutputFile], named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let actual = text(of: files)
        let url = Fixtures.snapshots.appendingPathComponent(name + ".txt")
        if recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = first < actualLines.count ? String(actualLines[first]) : "(end)"
            let want = first < expectedLines.count ? String(expectedLines[first]) : "(end)"
            Issue.record("snapshot \(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n(PLANET_RECORD=1 swift test re-records it)",
                         sourceLocation: sourceLocation)
        }
    }
}
