import Foundation
import PlanetProcess

/// Runs `git` for the intake (pulls and deliveries) through `ProcessRunner`, never asking for a password
/// (`GIT_TERMINAL_PROMPT=0`), each command killed with its helpers past `deadline`; its output is kept for errors.
struct GitCommand: Sendable {
    struct Failure: Error, CustomStringConvertible {
        /// What failed, in planet's words only (`git pull timed out after 60 s`): no URL, no file name, nothing
        /// of git's own message, so that `/healthz` can show it.
        var summary: String
        /// The summary and git's last line of error output, for the log.
        var description: String
    }

    struct Output: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The committer (and author) of delivery commits: the service's identity, never a reader's.
    var name: String
    var email: String
    /// Seconds a command may run.
    var deadline: TimeInterval = 60

    /// What every git command of the intake runs with: no prompt for a password, messages in English.
    static let environment = ["GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"]

    /// `git -C folder arguments...`, off the caller's thread. Throws when git cannot be started or outlives its deadline.
    func run(_ folder: String, _ arguments: [String]) async throws -> Output {
        let command = ["git", "-c", "user.name=\(name)", "-c", "user.email=\(email)", "-c", "commit.gpgsign=false", "-C", folder] + arguments
        let what = "git \(arguments.first ?? "")"
        let deadline = self.deadline
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { () throws(ProcessFailure) in
                    try ProcessRunner.run(command, environment: Self.environment, deadline: deadline)
                })
            }
        }
        switch result {
        case .success(let output):
            return Output(
                status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self), stderr: String(decoding: output.stderr, as: UTF8.self))
        case .failure(let failure):
            let summary = "\(what) \(failure)"
            throw Failure(summary: summary, description: summary)
        }
    }

    /// Like `run`, but a non-zero status is an error that quotes git's message.
    @discardableResult
    func check(_ folder: String, _ arguments: [String]) async throws -> String {
        let output = try await run(folder, arguments)
        guard output.status == 0 else {
            let summary = "git \(arguments.first ?? "") failed (status \(output.status))"
            let message = output.stderr.split(separator: "\n").last.map(String.init) ?? ""
            throw Failure(summary: summary, description: message.isEmpty ? summary : "\(summary): \(message)")
        }
        return output.stdout
    }
}
