import ArgumentParser
import Foundation
@testable import PlanetCLI
@testable import PlanetFetch
@testable import PlanetIntake
@testable import PlanetServe
import Testing

/// What every command shares: the site folder as `[SITE]` or `--site SITE`, `--quiet` and `--verbose`, one
/// spelling of `error:`, and "did you mean" for a mistyped command, `planet help` included.
@Suite(.serialized) struct CLIConventionTests {
    /// Each command that takes a site, with the arguments it needs besides (`SITE` where the folder goes), and the
    /// site folder it parsed.
    static func parsedSites(_ folder: String, spool: String, _ arguments: [String]) throws -> [String] {
        func with(_ words: [String]) -> [String] { words.map { $0 == "SITE" ? folder : $0 } }
        return [
            try BuildCommand.parse(with(arguments)).site,
            try CheckCommand.parse(with(arguments)).site,
            try ServeCommand.parse(with(arguments)).site,
            try FetchCommand.parse(with(arguments)).site,
            try ImportWordPressCommand.parse(with(["blog.xml", "--author", "alice"] + arguments)).arguments.site,
            try ImportBloggerCommand.parse(with(["blog.xml", "--author", "alice"] + arguments)).arguments.site,
            try ImportDotclearCommand.parse(with(["blog.txt", "--author", "alice"] + arguments)).arguments.site,
            try NewPostCommand.parse(with(["Titre", "--author", "alice"] + arguments)).site,
            try NewAuthorCommand.parse(with(["bob", "--name", "Bob"] + arguments)).site,
            try NewCommentCommand.parse(with(["alice/bonjour", "--name", "Julie"] + arguments)).site,
            try ReviewCommentCommand.parse(with(arguments)).site,
            try IntakeRunCommand.parse(with(["--spool", spool] + arguments)).site,
            try CleanBranchesCommand.parse(with(arguments)).site,
            try ModeratorAddCommand.parse(with(["claire", "--spool", spool] + arguments)).site,
        ]
    }

    @Test func everyCommandTakesTheSiteEitherWay() throws {
        let folder = try Run.temporaryFolder("planet-conventions")
        defer { try? FileManager.default.removeItem(at: folder) }
        let spool = folder.appendingPathComponent("spool").path
        let positional = try Self.parsedSites(folder.path, spool: spool, ["SITE"])
        #expect(positional == Array(repeating: folder.path, count: 14))
        #expect(try Self.parsedSites(folder.path, spool: spool, ["--site", "SITE"]) == positional)
        #expect(try Self.parsedSites(folder.path, spool: spool, ["SITE", "--site", "SITE"]) == positional)
        let current = FileManager.default.currentDirectoryPath
        #expect(try Self.parsedSites(current, spool: spool, []) == Array(repeating: ".", count: 14))
        #expect(throws: (any Error).self) { try BuildCommand.parse(["a", "--site", "b"]) }
    }

    @Test func theBinaryTakesTheSiteEitherWay() throws {
        let folder = try Run.temporaryFolder("planet-conventions")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite(""), to: folder)
        for command in [["check"], ["build", "--quiet"]] {
            let positional = try Run.planet(command + [folder.path])
            let option = try Run.planet(command + ["--site", folder.path])
            #expect(positional.status == 0, "\(command): \(positional.stderr)")
            #expect(option.status == 0, "\(command): \(option.stderr)")
        }
        let post = try Run.planet(["new", "post", "Un titre", "--author", "alice", folder.path])
        #expect(post.status == 0, "\(post.stderr)")
        let author = try Run.planet(["new", "author", "bob", "--name", "Bob", folder.path])
        #expect(author.status == 0, "\(author.stderr)")
        let comment = try Run.planet(["comment", "new", "alice/bonjour", "--name", "Julie", folder.path], input: "Merci !")
        #expect(comment.status == 0, "\(comment.stderr)")
        let twice = try Run.planet(["build", folder.path, "--site", "/elsewhere"])
        #expect(twice.status == 2)
        #expect(twice.stderr.hasPrefix("error: the site folder is given twice"), "\(twice.stderr)")
    }

    /// Every command that runs something, by its words after `planet`.
    static let leaves = [
        ["new", "site"], ["new", "author"], ["new", "post"], ["serve"], ["check"], ["build"], ["fetch"], ["comment", "new"],
        ["comment", "review"], ["import", "wordpress"], ["import", "blogger"], ["import", "dotclear"], ["intake", "run"],
        ["intake", "clean-branches"], ["intake", "moderator", "add"], ["intake", "moderator", "list"], ["intake", "moderator", "remove"],
    ]

    @Test(arguments: leaves)
    func everyCommandTakesQuietAndVerbose(command: [String]) throws {
        let help = try Run.planet(command + ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("-q, --quiet"), "\(command)")
        #expect(help.stdout.contains("-v, --verbose"), "\(command)")
    }

    @Test func intakeQuietLeavesOutTheRequestLines() throws {
        let folder = try Run.temporaryFolder("planet-conventions")
        defer { try? FileManager.default.removeItem(at: folder) }
        let spool = folder.appendingPathComponent("spool").path
        #expect(try IntakeRunCommand.parse([folder.path, "--spool", spool]).makeOptions().logsRequests)
        #expect(try !IntakeRunCommand.parse([folder.path, "--spool", spool, "--quiet"]).makeOptions().logsRequests)
        #expect(try IntakeRunCommand.parse([folder.path, "--spool", spool, "--verbose"]).makeOptions().logsRequests)
        let moderators = try Run.planet(["intake", "moderator", "list", "--spool", spool, "--quiet"])
        #expect(moderators.status == 0 && moderators.stdout == "", "\(moderators)")
    }

    @Test func helpSuggestsTheCommandMeant() throws {
        let root = try Run.planet(["help", "biuld"])
        #expect(root.status == 2)
        #expect(root.stdout == "")
        #expect(root.stderr == "error: unknown subcommand `biuld`; did you mean `build`?\n  See 'planet help' for the list of commands.\n")
        let nested = try Run.planet(["help", "new", "psot"])
        #expect(nested.status == 2)
        #expect(nested.stderr.hasPrefix("error: unknown subcommand `psot`; did you mean `post`?\n"))
        #expect(try Run.planet(["help", "build"]).status == 0)
    }

    @Test func errorsAreSpelledOneWay() throws {
        for arguments in [["build", "--no-such-flag"], ["bogus"], ["biuld"], ["check", "--format", "xml"], ["build", "/no/such/site"],
                          ["new", "post", "Titre", "--author", "personne", "--site", "/no/such/site"]] {
            let result = try Run.planet(arguments)
            #expect(result.status != 0, "\(arguments)")
            let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("error: "), "\(arguments): \(result.stderr)")
        }
        var variants: [String] = []
        let sources = Fixtures.repository.appendingPathComponent("Sources")
        for case let path as String in FileManager.default.enumerator(atPath: sources.path)! where path.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("\"Error:") || line.contains("\"ERROR")
                || line.contains("\"Error ") || line.contains(/"[^"]*error :/) {
                variants.append("\(path): \(line)")
            }
        }
        // The one place that reads ArgumentParser's `Error:` is where it becomes `error:`.
        #expect(variants.filter { !$0.hasPrefix("planet/PlanetCommand.swift:") } == [])
    }
}
