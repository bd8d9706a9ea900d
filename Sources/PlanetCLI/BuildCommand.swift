import ArgumentParser
import Foundation
import PlanetBuild
import PlanetConsole
import PlanetCore
import PlanetLoad
import PlanetParse
import PlanetWrite

/// `planet build`: loads the site, runs the pipeline and swaps the new site in atomically.
public struct BuildCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into a folder of static files.",
        discussion: """
            Exit status: 0 when the site was built, 1 when the content has errors (all of them are printed, \
            and the previous output is left untouched), 2 for a usage error.

            Examples:
              planet build
              planet build sample-site --output /tmp/planete
              planet build --keep-going   publish what can be; broken files become warnings
              planet build --base-url https://preview.example.org/pr-12   for a preview
            """
    )

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @Option(name: .shortAndLong, help: "Where to write the site (default: SITE/public).", completion: .directory)
    var output: String?

    @Flag(help: "Also publish drafts and posts dated in the future.")
    var drafts = false

    @Flag(help: "Build the site without the files that have errors, reported as warnings.")
    var keepGoing = false

    @Option(name: .customLong("base-url"), help: "Publish for this URL instead of planet.yaml's base_url (for previews).")
    var baseURL: String?

    @OptionGroup var outputOptions: OutputOptions

    public func validate() throws {
        if let baseURL, !ConfigParser.isAbsoluteHTTPURL(baseURL) {
            throw ValidationError("--base-url must be an absolute http or https URL without query or fragment, such as https://example.org")
        }
    }

    public func run() throws {
        let started = Date()
        let console = outputOptions.console
        let progress = ProgressReport(console: console, steps: ["loading", "building", "rendering"])
        defer { progress.finish() }
        let outputFolder = output ?? (site as NSString).appendingPathComponent("public")
        let hasPreviousOutput = FileManager.default.fileExists(atPath: outputFolder)
        let outcome: SiteBuild.Outcome
        do {
            outcome = try SiteBuild.run(
                folder: site, output: outputFolder,
                options: .init(includeDrafts: drafts, keepGoing: keepGoing, now: Date(), baseURL: baseURL),
                step: progress.begin)
        } catch .load(let error) {
            progress.finish()
            console.error("error: \(error)")
            throw ExitCode(2)
        } catch .write(let error, let diagnostics) {
            progress.finish()
            console.report(diagnostics)
            console.error("error: \(error)")
            throw ExitCode(1)
        }
        progress.finish()
        let seconds = Date().timeIntervalSince(started)
        switch outcome {
        case .failed(let diagnostics):
            console.report(diagnostics)
            console.error(Self.notBuilt(errors: diagnostics.filter { $0.severity == .error }.count, hasPreviousOutput: hasPreviousOutput))
            throw ExitCode(1)
        case .upToDate(let summary):
            console.report(summary.diagnostics)
            console.info(BuildSummary.upToDate(
                pages: summary.pages, redirects: summary.redirects, feeds: summary.feeds, posts: summary.posts, authors: summary.authors,
                warnings: summary.diagnostics.count, seconds: seconds, output: outputFolder))
        case .built(let summary, let report, let plan):
            console.report(summary.diagnostics)
            console.info(BuildSummary.line(
                pages: summary.pages, redirects: summary.redirects, feeds: report.feeds, posts: summary.posts, authors: summary.authors,
                warnings: summary.diagnostics.count, seconds: seconds, output: outputFolder, report: report))
            KeptUntilExit.keep(plan)
        }
    }

    /// The last line of a failed build; it mentions the previous output only when there is one.
    static func notBuilt(errors: Int, hasPreviousOutput: Bool) -> String {
        "error: the site was not built: \(BuildSummary.count(errors, "error"))"
            + (hasPreviousOutput ? "; the previous output is left untouched" : "")
    }
}
