import Foundation

/// Runs `git` for delivery, never asking for a password (`GIT_TERMINAL_PROMPT=0`); its output is kept for errors.
struct GitCommand: Sendable {
    struct Failure: Error, CustomStringConvertible {
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

    /// `git -C folder arguments...`, off the caller's thread.
    func run(_ folder: String, _ arguments: [String]) async throws -> Output {
        let identity = ["-c", "user.name=\(name)", "-c", "user.email=\(email)", "-c", "commit.gpgsign=false"]
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = ["git"] + identity + ["-C", folder] + arguments
                var environment = ProcessInfo.processInfo.environment
                environment["GIT_TERMINAL_PROMPT"] = "0"
                environment["LC_ALL"] = "C"
                process.environment = environment
                let out = Pipe(), err = Pipe()
                process.standardOutput = out
                process.standardError = err
                process.standardInput = FileHandle.nullDevice
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: Failure(description: "cannot run git: \(error)"))
                    return
                }
                let errRead = DispatchQueue.global()
                nonisolated(unsafe) var errData = Data()
                let errDone = DispatchSemaphore(value: 0)
                errRead.async {
                    errData = err.fileHandleForReading.readDataToEndOfFile()
                    errDone.signal()
                }
                let outData = out.fileHandleForReading.readDataToEndOfFile()
                errDone.wait()
                process.waitUntilExit()
                continuation.resume(returning: Output(
                    status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                    stderr: String(decoding: errData, as: UTF8.self)))
            }
        }
    }

    /// Like `run`, but a non-zero status is an error that quotes git's message.
    @discardableResult
    func check(_ folder: String, _ arguments: [String]) async throws -> String {
        let output = try await run(folder, arguments)
        guard output.status == 0 else {
            let message = output.stderr.split(separator: "\n").last.map(String.init) ?? "status \(output.status)"
            throw Failure(description: "git \(arguments.first ?? ""): \(message)")
        }
        return output.stdout
    }
}
