import ArgumentParser

/// `planet comment`: tools for moderators.
struct CommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Tools for moderators: write a comment file.",
        subcommands: [NewCommentCommand.self]
    )
}
