import ArgumentParser

/// `planet intake moderator`: who may use the moderation view (`/moderate`), kept in the spool's state.
struct ModeratorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moderator",
        abstract: "Add, remove and list the moderators who decide in the moderation view (/moderate).",
        discussion: """
            Moderators sign in from any browser, a phone's included, with a one-time link that `add` prints; \
            no forge account is needed. A site-wide moderator sees every pending comment; with --member, a \
            member sees only the comments on their own posts. Only a SHA-256 of each secret is kept, in the \
            spool's .state/moderators.json (mode 0600), never in git.
            """,
        subcommands: [ModeratorAddCommand.self, ModeratorRemoveCommand.self, ModeratorListCommand.self]
    )
}
