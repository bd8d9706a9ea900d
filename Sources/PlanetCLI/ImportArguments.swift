import ArgumentParser
import PlanetConsole

/// The options every `planet import` engine takes; each engine's command declares the others it takes.
struct ImportArguments: ParsableArguments {
    @Argument(help: "The blog's export file.", completion: .file())
    var export: String

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @Flag(name: .customLong("dry-run"), help: "Print what would be written, and write nothing.")
    var dryRun = false

    @Flag(help: "Replace existing files that differ from the import.")
    var force = false
}
