import ArgumentParser

/// `planet import`: brings a member's old blog home, with its comments and old addresses.
public struct ImportCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a WordPress, Blogger or Dotclear blog (posts, pages, comments, old addresses and media), or Disqus comments.",
        discussion: """
            Files are written with stable names: importing again changes nothing, and an existing file that differs \
            is never replaced without --force. --dry-run prints what would be written.
            """,
        subcommands: [ImportWordPressCommand.self, ImportBloggerCommand.self, ImportDotclearCommand.self, ImportDisqusCommand.self]
    )
}
