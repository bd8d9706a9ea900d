import Foundation

/// Temporary git repositories for tests, with fixed dates so that commits are the same on every run.
enum Git {
    @discardableResult
    static func run(_ folder: URL, _ arguments: [String], date: String = "2025-01-01T12:00:00Z") throws -> ProcessOutput {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_DATE"] = date
        environment["GIT_COMMITTER_DATE"] = date
        let result = try Run.program(
            "/usr/bin/env", ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main",
                             "-c", "commit.gpgsign=false", "-C", folder.path] + arguments,
            environment: environment)
        if result.status != 0 { throw GitFailure(message: "git \(arguments.joined(separator: " ")): \(result.stderr)") }
        return result
    }

    /// `git add -A` and a commit at `date`.
    static func commitAll(_ folder: URL, _ message: String, date: String) throws {
        try run(folder, ["add", "-A"], date: date)
        try run(folder, ["commit", "-q", "-m", message], date: date)
    }

    struct GitFailure: Error {
        var message: String
    }
}
