import ArgumentParser
import PlanetConsole

/// `planet intake moderator remove ID`: the moderator and all their sessions go at once.
struct ModeratorRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a moderator: their sign-in link, feed and sessions stop working at once.",
        discussion: """
            Examples:
              planet intake moderator remove claire --spool /var/lib/intake
            """
    )

    @Argument(help: "The moderator's id.")
    var id: String

    @Option(help: "The spool folder of the running `planet intake`.", completion: .directory)
    var spool: String

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        guard try ModeratorStore(spoolFolder: spool).remove(id) else {
            outputOptions.console.error("error: no moderator `\(id)`")
            throw ExitCode(1)
        }
        outputOptions.console.info("Removed \(id) and their sessions.")
    }
}
