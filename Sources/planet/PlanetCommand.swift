import ArgumentParser
import Foundation
import PlanetCLI
import PlanetFetch
import PlanetIntake
import PlanetServe

/// `planet`: the root command. It lives in the executable, the one target that sees the commands of
/// `PlanetCLI`, `planet serve` (`PlanetServe`, on FlyingFox), `planet fetch` (`PlanetFetch`) and `planet intake` (`PlanetIntake`).
struct PlanetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planet",
        abstract: "Builds a community's blogs into one static site: a planet.",
        discussion: """
            A community keeps one git repository: each member writes Markdown posts in authors/<id>/posts/, \
            readers' comments arrive as files in comments/, and `planet build` turns it all into a static site \
            with a river of posts, member pages, tags, threaded comments and Atom feeds.

            Examples:
              planet new site ma-planete --title "Ma Planète" --language fr
              planet new post "Mon premier billet" --author claire
              planet serve                     preview at http://127.0.0.1:8080/
              planet check                     errors and broken links, without writing
              planet build                     build the site in this folder into ./public
              planet build sample-site         build another folder
              planet build --output /srv/www   choose where the site goes
              planet build --drafts            preview drafts and future posts too
              planet fetch                     copy the members' outside blogs
              planet comment new alice/mon-billet --name "Julie R." < commentaire.md
              planet comment review            the comments waiting for a moderator
              planet import wordpress blog.xml --author alice   bring an old blog home
              planet intake --spool /var/lib/intake   take readers' comments (a service)
              planet intake moderator add claire --spool /var/lib/intake
            """,
        version: PlanetVersion.description,
        subcommands: [
            NewCommand.self, ServeCommand.self, CheckCommand.self, BuildCommand.self, FetchCommand.self, CommentCommand.self, ImportCommand.self,
            IntakeCommand.self, LetterCommand.self,
        ]
    )

    init() {}

    /// Runs the command line and exits: 0 built, 1 content errors, 2 usage error.
    static func main(arguments: [String]) -> Never {
        if arguments.first == "help", let suggestion = SubcommandSuggestion.message(for: arguments, root: PlanetCommand.self) {
            FileHandle.standardError.write(Data("\(suggestion)\n  See 'planet help' for the list of commands.\n".utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch {
            let code = exitCode(for: error)
            let message = UsageWrapping.wrap(fullMessage(for: error), width: UsageWrapping.terminalWidth())
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            if code == .validationFailure {
                var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if let suggestion = SubcommandSuggestion.message(for: arguments, root: PlanetCommand.self), !lines.isEmpty {
                    lines[0] = suggestion
                } else if let first = lines.first, first.hasPrefix("Error: ") {
                    lines[0] = "error: " + first.dropFirst("Error: ".count)
                }
                FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
                Foundation.exit(2)
            }
            if let exitCode = error as? ExitCode { Foundation.exit(exitCode.rawValue) }
            FileHandle.standardError.write(Data(("error: " + fullMessage(for: error) + "\n").utf8))
            Foundation.exit(1)
        }
    }
}
