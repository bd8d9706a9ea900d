import Foundation

/// A `planet intake` running beside a test, on a free port of the loopback address. Tests wait for it with
/// `Task.sleep`, never blocking a thread of Swift's cooperative pool (other suites' timings depend on it).
final class IntakeProcess: @unchecked Sendable {
    let process: BackgroundProcess
    let port: UInt16

    private init(process: BackgroundProcess, port: UInt16) {
        self.process = process
        self.port = port
    }

    /// Starts `planet intake SITE --listen 127.0.0.1:0 --spool SPOOL ...` and waits until it listens.
    static func start(site: URL, spool: URL, arguments: [String], environment: [String: String] = [:]) async throws -> IntakeProcess {
        let process = try BackgroundProcess(
            Run.planet, ["intake", site.path, "--listen", "127.0.0.1:0", "--spool", spool.path] + arguments,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
        guard await wait(timeout: 30, for: { process.output.contains(" comment(s) waiting") }),
              let match = process.output.firstMatch(of: #/listening on 127\.0\.0\.1:(\d+)/#), let port = UInt16(match.1) else {
            process.terminate()
            throw Failure(output: process.output)
        }
        return IntakeProcess(process: process, port: port)
    }

    var output: String { process.output }

    func stop() { process.terminate() }

    func kill() { process.kill() }

    struct Failure: Error, CustomStringConvertible {
        var output: String
        var description: String { "planet intake did not start: \(output)" }
    }

    /// Waits until `condition` holds; false after `timeout` seconds.
    static func wait(timeout: TimeInterval, for condition: () throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            try? await Task.sleep(nanoseconds: 50_000_000)
        }
        return try condition()
    }
}
