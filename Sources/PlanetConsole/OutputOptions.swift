import ArgumentParser

/// `--quiet` and `--verbose`, the same on every command.
public struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print more: each step and its time.")
    var verbose = false

    public init() {}

    public func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    public var console: Console {
        Console(verbosity: quiet ? .quiet : verbose ? .verbose : .normal)
    }
}
