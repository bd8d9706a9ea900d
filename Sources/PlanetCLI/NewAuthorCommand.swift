import ArgumentParser
import Foundation
import PlanetConsole
import PlanetCore
import PlanetLoad
import PlanetParse

/// `planet new author ID --name NAME`: adds a member's folder with their profile.
struct NewAuthorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "author",
        abstract: "Add a member: authors/ID/author.yaml.",
        discussion: """
            The id is the member's folder and the first segment of their URLs: lowercase ASCII letters, digits, \
            `-` and `_`. Names the site uses itself are refused.

            Example:
              planet new author claire-martin --name "Dr Claire Martin"
            """
    )

    @Argument(help: "The member's id.")
    var id: String

    @Option(help: "The member's name, as shown.")
    var name: String

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let console = outputOptions.console
        let trimmedName = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmedName.isEmpty else { throw ValidationError("--name is empty") }
        guard FileManager.default.fileExists(atPath: site + "/planet.yaml") else {
            throw ValidationError("\(site) holds no planet.yaml: give the site folder, or create one with `planet new site`")
        }
        if let problem = MemberID.problem(with: id, root: site) {
            console.error("error: \(problem)")
            throw ExitCode(1)
        }
        let path = "authors/\(id)/author.yaml"
        let language = (try? SiteLoader.load(folder: site)).flatMap { ConfigParser.parse($0.0.config).0?.language }
        try NewFiles.write([(path, SiteScaffold.profile(name: trimmedName, french: language.map(Typography.isFrench) ?? false))], under: site)
        console.info("Wrote \(path)")
    }
}
