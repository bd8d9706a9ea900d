import ArgumentParser

/// `planet new`: scaffolds a site, a member or a post.
public struct NewCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new site, member or post.",
        subcommands: [NewSiteCommand.self, NewAuthorCommand.self, NewPostCommand.self]
    )
}
