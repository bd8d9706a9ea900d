import ArgumentParser
import Foundation
import PlanetConsole

/// `planet intake moderator list`: the moderators' ids and scopes.
struct ModeratorListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the moderators, with the member each one moderates for.",
        discussion: """
            Examples:
              planet intake moderator list --spool /var/lib/intake
            """
    )

    @Option(help: "The spool folder of the running `planet intake`.", completion: .directory)
    var spool: String

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let moderators = try ModeratorStore(spoolFolder: spool).moderators()
        if moderators.isEmpty { outputOptions.console.info("No moderator yet: add one with `planet intake moderator add ID --spool \(spool)`.") }
        let now = Int(Date().timeIntervalSince1970)
        for moderator in moderators {
            let sessions = moderator.sessions.filter { $0.expires > now }.count
            print("\(moderator.id)\t\(moderator.member.map { "member \($0)" } ?? "site-wide")\t\(sessions) session(s)")
        }
    }
}
