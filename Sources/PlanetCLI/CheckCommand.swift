import ArgumentParser
import Foundation
import PlanetBuild
import PlanetConsole
import PlanetCore
import PlanetLoad
import PlanetParse

/// `planet check`: everything `build` checks, and links, without writing; for pull requests, only what
/// changed, and whether its author kept to their own folder.
public struct CheckCommand: ParsableCommand {
    public init() {}

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github, gitlab
    }

    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site without writing it: content errors, broken links and anchors.",
        discussion: """
            Every internal link and image of posts, pages and comments must lead to a page or file of the \
            built site, and a #fragment to an element of that page.

            With --changed-since REV, only the files changed since REV (its merge base with HEAD: committed, \
            staged, unstaged and untracked changes) and what depends on them are checked. With --author ID too, \
            a changed file outside authors/ID/ is an error (a new comment anywhere, and changes to comments on \
            ID's own posts, are allowed).

            --format github prints each diagnostic as a GitHub Actions annotation (::error file=...,line=...::...), \
            which the pull request shows on the line at fault, and --format gitlab a GitLab Code Quality report \
            (JSON), which a merge request shows the same way; their paths are relative to the repository's root. \
            --format json prints one object for other tools, with paths relative to the site folder.

            Exit status: 0 without errors, 1 with errors, 2 for a usage error.

            Examples:
              planet check
              planet check --format github
              planet check --format gitlab > gl-code-quality-report.json
              planet check --changed-since origin/main --author claire-martin
            """
    )

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @Option(help: ArgumentHelp("How to print diagnostics: text, or for CI, github, gitlab or json.", valueName: "text|github|gitlab|json"))
    var format: Format = .text

    @Option(name: .customLong("changed-since"), help: "Check only what changed since this git revision.")
    var changedSince: String?

    @Option(help: "The member whose pull request this is: changes outside their folder are errors.")
    var author: String?

    @Flag(help: "Also check drafts and posts dated in the future.")
    var drafts = false

    @OptionGroup var outputOptions: OutputOptions

    public func validate() throws {
        if let author {
            guard changedSince != nil else { throw ValidationError("--author needs --changed-since") }
            guard AuthorParser.isValidID(author) else { throw ValidationError("--author `\(author)` is not a member id") }
        }
    }

    public func run() throws {
        let started = Date()
        let console = outputOptions.console
        let progress = ProgressReport(console: console, steps: ["loading", "checking"])
        progress.begin("loading")
        let input: SiteInput, loadDiagnostics: [Diagnostic]
        var changes: [FileChange]?
        do {
            (input, loadDiagnostics) = try SiteSource.load(folder: site)
            if let changedSince {
                changes = try GitRepository.changes(root: SiteLoader.resolvedRoot(of: site) ?? site, since: changedSince)
            }
        } catch {
            progress.finish()
            console.error("error: \(error)")
            throw ExitCode(2)
        }
        progress.begin("checking")
        let result = SiteCheck.run(input, loadDiagnostics: loadDiagnostics, options: .init(
            build: .init(includeDrafts: drafts, now: Date()), changes: changes, author: author))
        progress.finish()
        var diagnostics = result.diagnostics
        if changes == nil {
            let root = SiteLoader.resolvedRoot(of: site) ?? site
            let files = ScaffoldPlaceholders.paths.compactMap { path in
                (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)).map { (path: path, text: $0) }
            }
            diagnostics = (diagnostics + ScaffoldPlaceholders.diagnostics(in: files)).sorted()
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        switch format {
        case .json:
            print(DiagnosticJSON.text(diagnostics))
        case .github:
            print(GitHubAnnotations.text(diagnostics, path: repositoryPath(changes: changes)), terminator: "")
        case .gitlab:
            print(CodeQualityReport.text(diagnostics, path: repositoryPath(changes: changes)))
        case .text:
            console.report(diagnostics)
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            let scope = changes.map { " (\(BuildSummary.count($0.count, "changed file")))" } ?? ""
            if errors == 0 {
                console.info("Checked \(BuildSummary.count(result.pageCount, "page"))\(scope) in \(seconds) s: no errors")
            } else {
                console.error("error: \(BuildSummary.count(errors, "error")) found")
            }
        }
        if errors > 0 { throw ExitCode(1) }
    }

    /// A diagnostic's path relative to the repository's root, as forges locate annotations: the site folder's
    /// place in its repository before it, but for the changed files outside the site, already relative to the root.
    func repositoryPath(changes: [FileChange]?) -> (String) -> String {
        let root = SiteLoader.resolvedRoot(of: site) ?? site
        let prefix = GitRepository.prefix(root: root) ?? ""
        let outside = Set((changes ?? []).filter { !$0.insideSite }.map(\.path))
        return { path in outside.contains(path) ? path : prefix + path }
    }
}
