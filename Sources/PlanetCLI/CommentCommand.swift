import ArgumentParser

/// `planet comment`: tools for moderators.
public struct CommentCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Tools for moderators: write a comment file, review the pending ones.",
        subcommands: [NewCommentCommand.self, ReviewCommentCommand.self]
    )
}
