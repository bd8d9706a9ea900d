import ArgumentParser
import Foundation
import PlanetConsole
import PlanetCore
import PlanetParse

/// `planet new site DIR`: a working community, ready to build, check, preview and publish.
struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Create a new community site in a new folder.",
        discussion: """
            Writes planet.yaml, one member with one post, a README for the community (how to write, comment \
            and moderate), a GitHub Actions workflow that checks pull requests and publishes main, and a .gitignore.

            Examples:
              planet new site ma-planete --title "Ma Planète" --language fr
              planet new site club-lecture --author claire --name "Claire Martin"
            """
    )

    @Argument(help: "The folder to create; it must not exist, or be empty.", completion: .directory)
    var folder: String

    @Option(help: "The site's title.")
    var title: String = "My Planet"

    @Option(help: "The site's language (BCP 47), which picks the interface strings.")
    var language: String = "en"

    @Option(name: .customLong("base-url"), help: "Where the site will be published.")
    var baseURL: String = ScaffoldPlaceholders.placeholderBaseURL

    @Option(help: "The id of the first member.")
    var author: String = "editor"

    @Option(help: "The first member's name.")
    var name: String = "Editor"

    @Option(name: .customLong("planet-repository"),
            help: "The GitHub repository (OWNER/NAME) that the site's CI builds planet from; planet check warns until it is set.")
    var planetRepository: String = SiteScaffold.placeholderRepository

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        guard ConfigParser.isLanguageTag(language) else { throw ValidationError("--language must be a BCP 47 tag, such as fr or fr-CA") }
        guard ConfigParser.isAbsoluteHTTPURL(baseURL) else { throw ValidationError("--base-url must be an absolute http or https URL") }
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--title is empty") }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--name is empty") }
        guard planetRepository.wholeMatch(of: /[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+/) != nil else {
            throw ValidationError("--planet-repository must be a GitHub repository, OWNER/NAME")
        }
    }

    func run() throws {
        let console = outputOptions.console
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: folder), !entries.isEmpty {
            console.error("error: \(folder) exists and is not empty; planet new site writes only into a new or empty folder")
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if let problem = MemberID.problem(with: author, root: folder) {
            console.error("error: \(problem)")
            throw ExitCode(1)
        }
        let scaffold = SiteScaffold(title: title, language: language, baseURL: baseURL, authorID: author, authorName: name,
                                    planetRepository: planetRepository)
        let files = try scaffold.files(now: Date())
        try NewFiles.write(files, under: folder)
        console.info("Created \(folder)/ with \(BuildSummary.count(files.count, "file")):")
        for file in files { console.info("  \(file.path)") }
        console.info("Next: cd \(folder) && planet serve")
    }
}
