import Foundation
import Testing

/// The project's third-party conformance data (twitter-text's cases, RFC 4287's schema), read in place
/// and never copied into the repository: from `$PLANET_SHARED`, by default `../shared` beside the clone.
/// Tests that need it are skipped, with `skipReason`, where it is missing.
enum SharedData {
    static let folder: URL = {
        if let configured = ProcessInfo.processInfo.environment["PLANET_SHARED"], !configured.isEmpty {
            return URL(fileURLWithPath: configured)
        }
        return Fixtures.repository.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    static let atomSchema = folder.appendingPathComponent("schemas/atom.rnc")
    static let twitterText = folder.appendingPathComponent("conformance/twitter-text/extract.yml")
    /// The Mustache spec's test cases (`comments.json`, ..., `~inheritance.json`).
    static let mustacheSpec = folder.appendingPathComponent("conformance/mustache-spec")

    static var isAvailable: Bool {
        [atomSchema, twitterText, mustacheSpec].allSatisfy { FileManager.default.fileExists(atPath: $0.path) }
    }

    static var skipReason: Testing.Comment {
        "the shared conformance data is missing at \(folder.standardizedFileURL.path) (set PLANET_SHARED to its folder)"
    }
}
