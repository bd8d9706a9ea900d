import ArgumentParser
import PlanetConsole

/// The options every `planet import` engine takes.
struct ImportArguments: ParsableArguments {
    @Argument(help: "The blog's export file.", completion: .file())
    var export: String

    @Option(help: "The member who gets the posts (with `import wordpress`, every post whose login --map does not name).")
    var author: String?

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @Flag(name: .customLong("dry-run"), help: "Print what would be written, and write nothing.")
    var dryRun = false

    @Flag(help: "Replace existing files that differ from the import.")
    var force = false
}
