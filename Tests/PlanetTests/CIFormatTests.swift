import Foundation
@testable import PlanetCLI
import PlanetCore
import Testing

/// `planet check --format github` (workflow annotations) and `--format gitlab` (Code Quality JSON): exact
/// output, escaping, and paths relative to the repository's root.
@Suite(.serialized) struct CIFormatTests {
    static let diagnostics = [
        Diagnostic.warning("tags: a, b", at: SourceLocation(path: "pages/b.md")),
        Diagnostic.error(
            "100% sure: no, really\nsecond line\r", at: SourceLocation(path: "authors/a,b/posts/x:y.md", line: 3, column: 5),
            code: .brokenLink),
    ]

    @Test func annotationsAreEscapedAsGitHubRequires() {
        #expect(GitHubAnnotations.text(Self.diagnostics, path: { "site/" + $0 }) == """
            ::error file=site/authors/a%2Cb/posts/x%3Ay.md,line=3,col=5,title=broken-link::100%25 sure: no, really%0Asecond line%0D
            ::warning file=site/pages/b.md,line=1,col=1,title=tags::tags: a, b

            """)
        #expect(GitHubAnnotations.text([]) == "")
        #expect(GitHubAnnotations.escapedProperty("a%b,c:d\re\nf") == "a%25b%2Cc%3Ad%0De%0Af")
        #expect(GitHubAnnotations.escapedData("a%b,c:d\re\nf") == "a%25b,c:d%0De%0Af")
    }

    @Test func codeQualityIsExactAndStable() throws {
        let report = CodeQualityReport.text(Self.diagnostics, path: { "site/" + $0 })
        #expect(report == Self.expectedCodeQuality, "\(report)")
        // The fingerprint follows the issue, not its line; identical issues of a file stay apart.
        var moved = Self.diagnostics
        moved[1].location.line = 30
        let movedIssues = try Self.issues(CodeQualityReport.text(moved, path: { "site/" + $0 }))
        let issues = try Self.issues(report)
        #expect(movedIssues.map { $0["fingerprint"] as? String } == issues.map { $0["fingerprint"] as? String })
        let twice = try Self.issues(CodeQualityReport.text([Self.diagnostics[0], Self.diagnostics[0]]))
        #expect(Set(twice.compactMap { $0["fingerprint"] as? String }).count == 2)
        #expect(CodeQualityReport.text([]) == "[\n\n]")
    }

    static func issues(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    static let expectedCodeQuality = #"""
        [
          {
            "check_name" : "broken-link",
            "description" : "100% sure: no, really\nsecond line\r",
            "fingerprint" : "e5ac60a74f61d09a",
            "location" : {
              "lines" : {
                "begin" : 3
              },
              "path" : "site/authors/a,b/posts/x:y.md"
            },
            "severity" : "major"
          },
          {
            "check_name" : "tags",
            "description" : "tags: a, b",
            "fingerprint" : "fb65fe58ae120b28",
            "location" : {
              "lines" : {
                "begin" : 1
              },
              "path" : "site/pages/b.md"
            },
            "severity" : "minor"
          }
        ]
        """#

    /// A site in a subfolder of its repository, as planet's own sample site is: the forges want paths from the root.
    func siteInRepository() throws -> (repository: URL, site: URL) {
        let repository = try Run.temporaryFolder("planet-ci")
        let site = repository.appendingPathComponent("site")
        try Run.write(Fixtures.withMinimalSite("""
            -- authors/alice/posts/2024-03-05-casse.md --
            ---
            title: Cassé
            date: 2024-03-05
            tags: [a
            ---
            -- pages/liens, vieux.md --
            ---
            title: Liens
            ---
            Voir [rien](/rien/).
            """), to: site)
        try Git.run(repository, ["init", "-q"])
        return (repository, site)
    }

    @Test func checkPrintsGitHubAnnotations() throws {
        let (repository, site) = try siteInRepository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let result = try Run.planet(["check", site.path, "--format", "github"])
        #expect(result.status == 1)
        #expect(result.stdout == """
            ::error file=site/authors/alice/posts/2024-03-05-casse.md,line=4,col=7,title=invalid-yaml::invalid YAML: this list is never closed: add the closing `]` (the front matter ends at line 5)
            ::error file=site/pages/liens%2C vieux.md,line=4,col=6,title=broken-link::broken link: `/rien/` leads to /rien/, which is no page or file of the site

            """, "\(result.stdout)")
    }

    @Test func checkPrintsGitLabCodeQuality() throws {
        let (repository, site) = try siteInRepository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let result = try Run.planet(["check", site.path, "--format", "gitlab"])
        #expect(result.status == 1)
        #expect(result.stdout == #"""
            [
              {
                "check_name" : "invalid-yaml",
                "description" : "invalid YAML: this list is never closed: add the closing `]` (the front matter ends at line 5)",
                "fingerprint" : "eab2967be2a5f1c5",
                "location" : {
                  "lines" : {
                    "begin" : 4
                  },
                  "path" : "site/authors/alice/posts/2024-03-05-casse.md"
                },
                "severity" : "major"
              },
              {
                "check_name" : "broken-link",
                "description" : "broken link: `/rien/` leads to /rien/, which is no page or file of the site",
                "fingerprint" : "4c91115c43bfaa83",
                "location" : {
                  "lines" : {
                    "begin" : 4
                  },
                  "path" : "site/pages/liens, vieux.md"
                },
                "severity" : "major"
              }
            ]

            """#, "\(result.stdout)")
        #expect(try Run.planet(["check", site.path, "--format", "gitlab"]).stdout == result.stdout)
    }
}
