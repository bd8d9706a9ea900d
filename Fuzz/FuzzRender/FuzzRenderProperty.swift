import Foundation
import FuzzSupport
import PlanetBuild
import PlanetLoad

/// A post file with any bytes (front matter and Markdown) through the whole pipeline: it is built into
/// pages and feeds, or refused with located diagnostics; never a crash.
enum FuzzRenderProperty {
    static let site: [String: Data] = [
        "planet.yaml": Data("title: Fuzz\nbase_url: https://planete.example.org\nlanguage: fr\n".utf8),
        "authors/alice/author.yaml": Data("name: Alice\n".utf8),
    ]

    static func check(_ data: Data) {
        var files = site
        files["authors/alice/posts/2024-01-01-fuzz.md"] = data
        let (input, diagnostics) = SiteLayout.organize(paths: Array(files.keys)) { files[$0] }
        let result = BuildPipeline.run(
            input, loadDiagnostics: diagnostics, options: .init(now: Date(timeIntervalSince1970: 1_800_000_000)))
        if result.succeeded {
            guard result.files.contains(where: { $0.path == "index.html" }) else { FuzzInput.fail("a build without a home page") }
        } else {
            guard result.diagnostics.contains(where: { $0.location.line >= 1 }) else { FuzzInput.fail("a failed build without diagnostics") }
        }
    }
}
