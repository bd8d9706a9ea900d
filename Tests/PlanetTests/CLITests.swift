import Foundation
import PlanetCLI
import Testing

/// The real `planet` binary: exit statuses, the summary line, `--keep-going`, and an untouched previous output.
@Suite(.serialized) struct CLITests {
    func site(_ extra: String = "") throws -> URL {
        let folder = try Run.temporaryFolder("planet-cli")
        try Run.write(Fixtures.withMinimalSite(extra), to: folder)
        return folder
    }

    @Test func buildsAndPrintsOneSummaryLine() throws {
        let folder = try site()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.planet(["build", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let pattern = #/^Built 11 pages and 4 feeds from 1 post by 1 author in \d+\.\d\d s → .*/public/ \(\d+ files changed\)\n$/#
        #expect(result.stdout.wholeMatch(of: pattern) != nil, "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public/alice/bonjour/index.html").path))
    }

    @Test func contentErrorsExitOneAndLeaveThePreviousOutput() throws {
        let folder = try site()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Run.planet(["build", folder.path, "--quiet"]).status == 0)
        let before = try Run.tree(folder.appendingPathComponent("public"))
        try Data("---\ntitle: [\n---\n".utf8).write(to: folder.appendingPathComponent("authors/alice/posts/2024-03-02-casse.md"))
        try Data().write(to: folder.appendingPathComponent("authors/alice/posts/2024-03-03-vide.md"))
        let result = try Run.planet(["build", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("authors/alice/posts/2024-03-02-casse.md:3:1: error: invalid YAML"))
        #expect(result.stderr.contains("authors/alice/posts/2024-03-03-vide.md:1:1: error: empty file"))
        #expect(result.stderr.hasSuffix("error: the site was not built: 2 errors; the previous output is left untouched\n"))
        #expect(try Run.tree(folder.appendingPathComponent("public")) == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!siblings.contains { $0.contains("planet-staging") })
    }

    @Test func aFirstBuildWithErrorsClaimsNoPreviousOutput() throws {
        let folder = try site("-- authors/alice/posts/2024-03-03-vide.md --\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.planet(["build", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr == """
            authors/alice/posts/2024-03-03-vide.md:1:1: error: missing front matter: the file must start with a `---` line, then YAML such as `title: ...`, then `---`
            error: the site was not built: 1 error

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
    }

    @Test func keepGoingPublishesTheRest() throws {
        let folder = try site("""
            -- authors/alice/posts/2024-03-02-casse.md --
            ---
            title: Sans date
            ---
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.planet(["build", folder.path, "--keep-going"])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("authors/alice/posts/2024-03-02-casse.md:2:1: warning: missing `date`"))
        #expect(result.stdout.hasPrefix("Built 11 pages"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Run.planet(["build", "--no-such-flag"]).status == 2)
        #expect(try Run.planet(["bogus"]).status == 2)
        #expect(try Run.planet(["build", "/no/such/site"]).status == 2)
    }

    @Test func versionAndHelp() throws {
        let version = try Run.planet(["--version"])
        #expect(version.status == 0)
        // The version, then the commit scripts/release named (PLANET_COMMIT), or that this build did not name one.
        #expect(version.stdout.wholeMatch(of: #/\d+\.\d+\.\d+ \((commit [0-9a-f]{7,64}(-dirty)?|built from source, commit unknown)\)\n/#) != nil,
                "\(version.stdout)")
        #expect(version.stdout.hasPrefix(PlanetVersion.number + " "))
        let help = try Run.planet(["build", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--keep-going"))
        #expect(help.stdout.contains("Examples:"))
    }

    @Test func outputMayNotContainTheSite() throws {
        let folder = try site()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.planet(["build", folder.path, "--output", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is the site folder or contains it"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("planet.yaml").path))
    }

    @Test func symlinkOutOfTheSiteIsRefused() throws {
        let folder = try site()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("authors/alice/posts/2024-03-02-secret.md").path, withDestinationPath: "/etc/passwd")
        let result = try Run.planet(["build", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(
            "authors/alice/posts/2024-03-02-secret.md:1:1: error: symbolic link points outside the site (to /etc/passwd)"))
    }

    @Test func commentNewWritesAFileThatBuilds() throws {
        let folder = try site()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Run.planet(
            ["comment", "new", "alice/bonjour", "--name", "Zoé \"<b>\" : test", "--website", "https://zoe.example.net", "--site", folder.path],
            input: "Très juste ! #Santé\n")
        #expect(result.status == 0, "\(result.stderr)")
        let written = result.stdout.trimmingCharacters(in: .newlines)
        #expect(written.wholeMatch(of: #/comments/alice/bonjour/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-zoe-b-test\.md/#) != nil, "\(written)")
        let build = try Run.planet(["build", folder.path])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("public/alice/bonjour/index.html"), encoding: .utf8)
        #expect(page.contains("Zoé &quot;&lt;b&gt;&quot; : test"))
        #expect(try Run.planet(["comment", "new", "alice/absent", "--name", "X", "--site", folder.path], input: "x").status == 1)
        #expect(try Run.planet(["comment", "new", "alice/bonjour", "--name", "X", "--site", folder.path], input: "  ").status == 2)
    }
}

/// Options every command shares, and `build --base-url`.
@Suite(.serialized) struct CLIOptionTests {
    @Test func baseURLOverridesTheConfiguredOne() throws {
        let folder = try Run.temporaryFolder("planet-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite(""), to: folder)
        let result = try Run.planet(["build", folder.path, "--base-url", "https://preview.example.net/pr-12/", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("public/alice/bonjour/index.html"), encoding: .utf8)
        #expect(page.contains("<link rel=\"canonical\" href=\"https://preview.example.net/pr-12/alice/bonjour/\">"))
        #expect(page.contains("href=\"/pr-12/css/planet.css\""))
        #expect(!page.contains("planete.example.org"))
        let invalid = try Run.planet(["build", folder.path, "--base-url", "ftp://example.org"])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("--base-url must be an absolute http or https URL"))
    }

    @Test func quietAndVerboseOnEveryCommand() throws {
        let folder = try Run.temporaryFolder("planet-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite(""), to: folder)
        let verbose = try Run.planet(["build", folder.path, "--verbose"])
        #expect(verbose.status == 0)
        #expect(verbose.stdout.contains(" s  loading\n") && verbose.stdout.contains(" s  rendering\n"), "\(verbose.stdout)")
        #expect(try Run.planet(["check", folder.path, "--quiet"]).stdout == "")
        #expect(try Run.planet(["check", folder.path, "-v"]).stdout.contains(" s  checking\n"))
        for command in [["build"], ["check"], ["serve"], ["new", "site", "x"], ["new", "author", "x", "--name", "X"],
                        ["new", "post", "T", "--author", "x"], ["comment", "new", "a/b", "--name", "X"]] {
            let both = try Run.planet(command + ["--quiet", "--verbose"])
            #expect(both.status == 2, "\(command)")
            #expect(both.stderr.contains("--quiet and --verbose cannot be used together"), "\(command)")
        }
    }

    @Test func noColourOutsideATerminal() throws {
        let folder = try Run.temporaryFolder("planet-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite("-- authors/alice/posts/2024-03-02-vide.md --\n"), to: folder)
        let result = try Run.planet(["build", folder.path])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}["))
    }
}
