import PlanetCLI

PlanetCommand.main(arguments: Array(CommandLine.arguments.dropFirst()))
