import ArgumentParser

/// The site folder, the same on every command that takes one: a positional `[SITE]` (the current folder when
/// left out), or `--site SITE`, which older scripts and the README's first versions used.
public struct SiteArgument: ParsableArguments {
    @Argument(help: "The site folder (default: the current folder; --site SITE works too).", completion: .directory)
    var site: String?

    @Option(name: .customLong("site"), help: .hidden, completion: .directory)
    var siteOption: String?

    public init() {}

    /// The folder given, or `.`.
    public var path: String { site ?? siteOption ?? "." }

    public func validate() throws {
        if let site, let siteOption, site != siteOption {
            throw ValidationError("the site folder is given twice (\(site) and --site \(siteOption)): give it once")
        }
    }
}
