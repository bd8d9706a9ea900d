import Foundation
import Testing

/// The README's "Your first post", run line by line as written, with the built `planet` first on PATH,
/// where git has no identity (no global or system configuration). `planet serve`, which runs until Ctrl-C,
/// is not in the block; `ServeTests` runs it.
@Suite(.serialized) struct WalkthroughTests {
    static func walkthrough() throws -> [String] {
        try Documentation.block(from: "<!-- walkthrough -->\n```sh\n", to: "```\n<!-- /walkthrough -->").split(separator: "\n").map(String.init)
    }

    @Test func theReadmeWalkthroughRuns() throws {
        let lines = try Self.walkthrough()
        #expect(!lines.contains { $0.hasPrefix("planet serve") }, "a pasted block must not stop at a server")
        #expect(lines.count > 8)
        let folder = try Run.temporaryFolder("planet-walkthrough")
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = Run.productsFolder.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        for name in ["GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "EMAIL", "GIT_DIR", "GIT_WORK_TREE"] {
            environment[name] = nil
        }
        environment["HOME"] = folder.path
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        let script = "set -eu\n" + lines.map { "echo '$ \($0.replacingOccurrences(of: "'", with: ""))'\n\($0)" }.joined(separator: "\n")
        let result = try Run.program("/bin/sh", ["-c", script], environment: environment, in: folder)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
        // The placeholders the README explains: the repository planet comes from (in the workflow and the community's
        // README) and its archive's checksum; and the site's address unless `planet new site` is given `--base-url`.
        let newSite = try #require(lines.first { $0.hasPrefix("planet new site ") })
        let baseURLPlaceholders = newSite.contains("--base-url") ? 0 : 1
        #expect(warnings.filter { $0.contains("`your-organisation/planet` is a placeholder") }.count == 2, "\(result.stderr)")
        #expect(warnings.filter { $0.contains("`paste-the-archive-sha256-here` is a placeholder") }.count == 1, "\(result.stderr)")
        #expect(warnings.filter { $0.contains("`https://example.org` is a placeholder") }.count == baseURLPlaceholders, "\(result.stderr)")
        #expect(warnings.count == 3 + baseURLPlaceholders, "\(result.stderr)")
        #expect(!result.stderr.contains("error"), "\(result.stderr)")
        let site = folder.appendingPathComponent("ma-planete")
        let page = try String(contentsOf: site.appendingPathComponent("public/karim/mon-premier-billet/index.html"), encoding: .utf8)
        #expect(page.contains("https://preview.example.org/premier-billet/karim/mon-premier-billet/"))
        #expect(result.stdout.contains("(2 changed files)"), "\(result.stdout)")
    }
}
