import ArgumentParser

/// `planet intake`: the service (`run`, the default) and the commands its operator runs beside it.
public struct IntakeCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "Receive readers' comments and mentions, and let moderators decide before anything is published.",
        discussion: """
            `planet intake [run] --spool DIR` runs the service (see `planet intake run --help`). The other \
            commands act on the same spool, which holds everything private (pending comments, moderators' \
            secrets, readers' links) and must never be put in git.
            """,
        subcommands: [IntakeRunCommand.self, ModeratorCommand.self, CleanBranchesCommand.self, SearchRebuildCommand.self],
        defaultSubcommand: IntakeRunCommand.self
    )
}
