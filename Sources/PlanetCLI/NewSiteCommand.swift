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
            and moderate), a CI file that checks pull (merge) requests and publishes main with a pinned planet \
            release (a GitHub Actions workflow, or GitLab CI and Pages with --forge gitlab), and a .gitignore.

            Examples:
              planet new site ma-planete --title "Ma Planète" --language fr
              planet new site ma-planete --language fr --timezone Europe/Paris
              planet new site club-lecture --author claire --name "Claire Martin"
            """
    )

    @Argument(help: "The folder to create; it must not exist, or be empty.", completion: .directory)
    var folder: String

    @Option(help: "The site's title.")
    var title: String = "My Planet"

    @Option(help: "The site's language (BCP 47), which picks the interface strings.")
    var language: String = "en"

    @Option(help: ArgumentHelp("The site's time zone, an IANA name such as Europe/Paris: of dates written without an offset, and of new posts' file names.", valueName: "zone"))
    var timezone: String = "UTC"

    @Option(name: .customLong("base-url"), help: "Where the site will be published.")
    var baseURL: String = ScaffoldPlaceholders.placeholderBaseURL

    @Option(help: "The id of the first member.")
    var author: String = "editor"

    @Option(help: "The first member's name.")
    var name: String = "Editor"

    @Option(name: .customLong("planet-repository"),
            help: "The GitHub repository (OWNER/NAME) whose releases the site's CI downloads planet from; planet check warns until it is set.")
    var planetRepository: String = SiteScaffold.placeholderRepository

    @Option(name: .customLong("planet-sha256"),
            help: "The SHA-256 of \(SiteScaffold.releaseArchive) (its .sha256 file), which CI checks; planet check warns until it is set.")
    var planetSHA256: String = SiteScaffold.placeholderChecksum

    @Option(help: "The forge that hosts the site, which picks its CI file: github or gitlab.")
    var forge: SiteForge = .github

    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        guard ConfigParser.isLanguageTag(language) else { throw ValidationError("--language must be a BCP 47 tag, such as fr or fr-CA") }
        guard timezone == "UTC" || TimeZone.knownTimeZoneIdentifiers.contains(timezone) else {
            throw ValidationError("--timezone must be an IANA time zone name, such as Europe/Paris or America/Montreal")
        }
        guard ConfigParser.isAbsoluteHTTPURL(baseURL) else { throw ValidationError("--base-url must be an absolute http or https URL") }
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--title is empty") }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--name is empty") }
        guard planetRepository.wholeMatch(of: /[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+/) != nil else {
            throw ValidationError("--planet-repository must be a GitHub repository, OWNER/NAME")
        }
        guard planetSHA256 == SiteScaffold.placeholderChecksum || planetSHA256.wholeMatch(of: /[0-9a-f]{64}/) != nil else {
            throw ValidationError("--planet-sha256 must be a SHA-256 in hexadecimal, 64 lowercase digits")
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
                                    planetRepository: planetRepository, timeZone: timezone, planetSHA256: planetSHA256, forge: forge)
        let files = try scaffold.files(now: Date())
        try NewFiles.write(files, under: folder)
        console.info("Created \(folder)/ with \(BuildSummary.count(files.count, "file")):")
        for file in files { console.info("  \(file.path)") }
        console.info("Next: cd \(folder) && planet serve")
    }
}
