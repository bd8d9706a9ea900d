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

    @Argument(help: "The site folder.", completion: .directory)
    var site: String = "."

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
        progress.begin("loading")
        let outputFolder = output ?? (site as NSString).appendingPathComponent("public")
        let siteRoot = SiteLoader.resolvedRoot(of: site) ?? site
        let previous = PreviousBuild(siteRoot: siteRoot, outputFolder: outputFolder)
        let hasPreviousOutput = FileManager.default.fileExists(atPath: outputFolder)
        let (input, loadDiagnostics): (SiteInput, [Diagnostic])
        do {
            (input, loadDiagnostics) = try SiteSource.load(folder: site)
        } catch {
            progress.finish()
            console.error("error: \(error)")
            throw ExitCode(2)
        }
        progress.begin("building")
        let result = BuildPipeline.plan(
            input, loadDiagnostics: loadDiagnostics,
            options: .init(includeDrafts: drafts, keepGoing: keepGoing, now: Date(), baseURL: baseURL),
            previous: previous, siteRoot: siteRoot)
        guard result.succeeded || (keepGoing && result.site != nil), let builtSite = result.site else {
            progress.finish()
            console.report(result.diagnostics)
            console.error(Self.notBuilt(errors: result.diagnostics.filter { $0.severity == .error }.count, hasPreviousOutput: hasPreviousOutput))
            throw ExitCode(1)
        }
        progress.begin("rendering")
        let report: WriteReport
        do {
            report = try SiteWriter.write(result.output, siteRoot: siteRoot, to: outputFolder)
        } catch SiteWriterError.collisions(let collisions) {
            progress.finish()
            console.report((result.diagnostics + collisions).sorted())
            console.error(Self.notBuilt(errors: collisions.count, hasPreviousOutput: hasPreviousOutput))
            throw ExitCode(1)
        } catch {
            progress.finish()
            console.report(result.diagnostics)
            console.error("error: \(error)")
            throw ExitCode(1)
        }
        progress.finish()
        console.report(result.diagnostics)
        let seconds = Date().timeIntervalSince(started)
        console.info(BuildSummary.line(
            pages: report.pages, feeds: report.feeds, posts: builtSite.posts.count, authors: builtSite.authors.count,
            seconds: seconds, output: outputFolder, report: report))
        KeptUntilExit.keep(result)
    }

    /// The last line of a failed build; it mentions the previous output only when there is one.
    static func notBuilt(errors: Int, hasPreviousOutput: Bool) -> String {
        "error: the site was not built: \(BuildSummary.count(errors, "error"))"
            + (hasPreviousOutput ? "; the previous output is left untouched" : "")
    }
}
