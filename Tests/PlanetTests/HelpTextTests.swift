import ArgumentParser
import Foundation
import PlanetCLI
import Testing

/// Help as a reader sees it in an 80-column terminal (the real binary, `COLUMNS=80`), and the
/// "did you mean" of a mistyped subcommand.
@Suite struct HelpTextTests {
    static let width = 80
    static let commands = [[], ["new"], ["new", "site"], ["new", "author"], ["new", "post"], ["serve"], ["check"], ["build"],
                           ["fetch"], ["comment"], ["comment", "new"], ["comment", "review"], ["intake"], ["intake", "run"],
                           ["intake", "clean-branches"], ["intake", "moderator", "add"], ["import", "wordpress"]]

    func help(_ command: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = String(Self.width)
        let result = try Run.planet(command + ["--help"], environment: environment)
        #expect(result.status == 0, "\(command)")
        return result.stdout
    }

    /// The lines of `text` that a reader would find badly wrapped: too long, an example cut in two, or a
    /// short line whose paragraph goes on below it (a hard line break in the source).
    static func badlyWrapped(_ text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        var found: [String] = []
        var inExamples = false
        for (index, line) in lines.enumerated() {
            if line.count > width { found.append("too long: \(line)") }
            if line.isEmpty {
                inExamples = false
                continue
            }
            if inExamples, !line.hasPrefix("  ") { found.append("an example cut in two: \(line)") }
            if line == "Example:" || line == "Examples:" { inExamples = true }
            guard index + 1 < lines.count, !inExamples, !line.hasSuffix(":") else { continue }
            let next = lines[index + 1]
            let continues = !next.isEmpty && indentation(of: next) == indentation(of: line)
            if continues, line.count < width / 2 { found.append("a short line whose paragraph goes on: \(line)") }
        }
        return found
    }

    static func indentation(of line: String) -> Int {
        line.prefix { $0 == " " }.count
    }

    @Test(arguments: commands)
    func helpFitsAnEightyColumnTerminal(command: [String]) throws {
        #expect(Self.badlyWrapped(try help(command)) == [])
    }

    @Test func theCheckFindsBadWrapping() {
        #expect(Self.badlyWrapped("Exit status: 0 when built, 1 with errors (all of them\nare printed), 2 for a usage error.\n") == [])
        #expect(Self.badlyWrapped("A community keeps one repository: each member writes posts in\nauthors/<id>/posts/,\nreaders' comments arrive")
            == ["a short line whose paragraph goes on: authors/<id>/posts/,"])
        #expect(Self.badlyWrapped("Examples:\n  planet build --keep-going       publish what can be, reporting broken files\nas warnings\n")
            == ["an example cut in two: as warnings"])
        #expect(Self.badlyWrapped("USAGE: planet build " + String(repeating: "[--drafts] ", count: 7)).count == 1)
        #expect(Self.badlyWrapped("Examples:\n  planet build\n  planet build --drafts\n\nOPTIONS:\n  --changed-since <changed-since>\n"
            + "                          Check only what changed.\n  -q, --quiet             Print only errors.\n") == [])
    }

    @Test func usageIsWrappedBetweenItsElements() {
        let help = "OVERVIEW: x\n\nUSAGE: planet new author <id> --name <name> [--site <site>] [--quiet] [--verbose]\n\nOPTIONS:"
        #expect(UsageWrapping.wrap(help, width: 50) == """
            OVERVIEW: x

            USAGE: planet new author <id> --name <name>
                   [--site <site>] [--quiet] [--verbose]

            OPTIONS:
            """)
        #expect(UsageWrapping.wrap(help, width: 100) == help)
        #expect(UsageWrapping.terminalWidth(environment: ["COLUMNS": "132"]) == 132)
    }

    struct Root: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "planet", subcommands: [Group.self, Leaf.self])
    }

    struct Group: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "new", subcommands: [Leaf.self])
    }

    struct Leaf: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "post", aliases: ["article"])
        @Argument var title: String?
    }

    @Test func suggestsOnlyWhereASubcommandIsExpected() {
        #expect(SubcommandSuggestion.message(for: ["nwe"], root: Root.self) == "error: unknown subcommand `nwe`; did you mean `new`?")
        #expect(SubcommandSuggestion.message(for: ["new", "artcle"], root: Root.self)
            == "error: unknown subcommand `artcle`; did you mean `article`?")
        #expect(SubcommandSuggestion.message(for: ["post", "pots"], root: Root.self) == nil)
        #expect(SubcommandSuggestion.message(for: ["--nwe"], root: Root.self) == nil)
        #expect(SubcommandSuggestion.message(for: ["help", "nwe"], root: Root.self) == "error: unknown subcommand `nwe`; did you mean `new`?")
        #expect(SubcommandSuggestion.message(for: ["new", "help"], root: Root.self) == nil)
        #expect(SubcommandSuggestion.message(for: ["bogus"], root: Root.self) == nil)
    }

    @Test func theRootExamplesCoverEveryCommand() throws {
        let root = try help([])
        let examples = root.components(separatedBy: "Examples:\n").last?.components(separatedBy: "\n\n").first ?? ""
        for command in ["new site", "new post", "serve", "check", "build", "fetch", "comment new", "comment review", "import", "intake",
                        "intake moderator add"] {
            #expect(examples.contains("  planet \(command)"), "\(command)")
        }
    }

    @Test func helpStillWorksEveryWay() throws {
        let build = try help(["build"])
        #expect(build.hasPrefix("OVERVIEW: Build the site into a folder of static files.\n"))
        let viaHelp = try Run.planet(["help", "build"], environment: ["COLUMNS": String(Self.width)])
        #expect(viaHelp.status == 0)
        #expect(viaHelp.stdout == build)
        #expect(try Run.planet(["build", "-h"], environment: ["COLUMNS": String(Self.width)]).stdout == build)
        #expect(try Run.planet(["help", "new", "post"]).stdout.contains("USAGE: planet new post <title> --author <author>"))
    }

    @Test func aMistypedSubcommandGetsASuggestion() throws {
        let root = try Run.planet(["biuld"])
        #expect(root.status == 2)
        #expect(root.stdout == "")
        #expect(root.stderr == """
            error: unknown subcommand `biuld`; did you mean `build`?
            Usage: planet <subcommand>
              See 'planet --help' for more information.

            """)
        let nested = try Run.planet(["new", "psot", "Titre", "--author", "alice"])
        #expect(nested.status == 2)
        #expect(nested.stderr.hasPrefix("error: unknown subcommand `psot`; did you mean `post`?\nUsage: planet new <subcommand>\n"))
        let unknown = try Run.planet(["bogus"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("error: Unexpected argument 'bogus'\n"))
    }
}
