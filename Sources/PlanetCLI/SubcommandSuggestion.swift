import ArgumentParser
import PlanetCore

/// "Did you mean `build`?" for a word of the command line that stands where a subcommand is expected
/// (`planet biuld`, `planet new psot`, `planet help biuld`) and names none.
public enum SubcommandSuggestion {
    /// The error line for `arguments` of `root`, or nil when no subcommand is mistyped or none is close.
    public static func message(for arguments: [String], root: ParsableCommand.Type) -> String? {
        var command = root
        for argument in arguments.first == "help" ? Array(arguments.dropFirst()) : arguments {
            let subcommands = command.configuration.subcommands
            guard !argument.hasPrefix("-"), !subcommands.isEmpty, command.configuration.defaultSubcommand == nil else { return nil }
            if let next = subcommands.first(where: { names(of: $0).contains(argument) }) {
                command = next
                continue
            }
            guard argument != "help", let phrase = DidYouMean.phrase(for: argument, among: subcommands.flatMap(names)) else { return nil }
            return "error: unknown subcommand `\(argument)`; \(phrase)"
        }
        return nil
    }

    private static func names(of command: ParsableCommand.Type) -> [String] {
        (command.configuration.commandName.map { [$0] } ?? []) + command.configuration.aliases
    }
}
