import ArgumentParser
import Foundation
import PlanetConsole
import PlanetSearch

/// `planet intake search-rebuild`: builds the search index (`<spool>/search.sqlite`) again from scratch, from the
/// site folder, and puts it in place in one step, safely while the intake runs.
struct SearchRebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search-rebuild",
        abstract: "Build the search index again from scratch, while the intake runs or not.",
        discussion: """
            Reads the site folder as `planet intake` does and indexes its posts (and, with `search: {comments: true}`, \
            its published comments) in a new file beside the spool's search.sqlite, then puts the new index in its \
            place in one step: a running intake answers from the old index until then, and from the new one after. \
            The intake keeps it up to date by itself after each pull; rebuild after an upgrade that asks for it, or \
            when searches fail.

            Examples:
              planet intake search-rebuild /srv/site --spool /var/lib/intake
            """
    )

    @OptionGroup var siteArgument: SiteArgument

    @Option(help: "The spool folder of `planet intake`.", completion: .directory)
    var spool: String

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let console = outputOptions.console
        let knowledge: SiteKnowledge
        do {
            knowledge = try SiteLoading.knowledge(folder: siteArgument.path, now: Date())
        } catch {
            console.error("error: \(error)")
            throw ExitCode(1)
        }
        guard let documents = knowledge.searchDocuments else {
            console.error("error: planet.yaml has no `search:`: the site has no search to index")
            throw ExitCode(1)
        }
        guard FileManager.default.fileExists(atPath: spool) else {
            console.error("error: no spool folder at \(spool)")
            throw ExitCode(1)
        }
        let started = Date()
        do {
            let count = try SearchIndex.rebuild(at: SiteSearch.path(spool: spool), documents: documents.documents)
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            console.info("Indexed \(count) document\(count == 1 ? "" : "s") in \(SiteSearch.path(spool: spool)) (\(seconds) s).")
        } catch {
            console.error("error: the index cannot be rebuilt: \(error)")
            throw ExitCode(1)
        }
    }
}
