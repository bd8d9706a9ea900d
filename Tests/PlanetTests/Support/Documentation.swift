import Foundation
import Testing

/// The project's documentation as tests read it: the README and every Markdown file of `docs/`.
enum Documentation {
    /// `README.md`, then `docs/*.md` by name: each file's path from the repository's root and its text.
    static func files() throws -> [(path: String, text: String)] {
        let docs = Fixtures.repository.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }.sorted()
        return try (["README.md"] + names.map { "docs/\($0)" }).map { path in
            (path, try String(contentsOf: Fixtures.repository.appendingPathComponent(path), encoding: .utf8))
        }
    }

    /// The text between `open` and `close`, which must occur once in all the documentation.
    static func block(from open: String, to close: String) throws -> String {
        let found = try files().compactMap { file -> String? in
            guard let start = file.text.range(of: open),
                  let end = file.text.range(of: close, range: start.upperBound..<file.text.endIndex) else { return nil }
            return String(file.text[start.upperBound..<end.lowerBound])
        }
        try #require(found.count == 1, "`\(open)` is in \(found.count) files of the documentation, not one")
        return found[0]
    }
}
