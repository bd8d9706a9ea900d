import Foundation

/// A `planet intake` running beside a test, on a free port of the loopback address.
final class IntakeProcess: @unchecked Sendable {
    let process: BackgroundProcess
    let port: UInt16

    /// Starts `planet intake SITE --listen 127.0.0.1:0 --spool SPOOL ...` and waits until it listens.
    init(site: URL, spool: URL, arguments: [String], environment: [String: String] = [:]) throws {
        process = try BackgroundProcess(
            Run.planet, ["intake", site.path, "--listen", "127.0.0.1:0", "--spool", spool.path] + arguments,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
        guard process.waitFor(" comment(s) waiting", timeout: 30),
              let match = process.output.firstMatch(of: #/listening on 127\.0\.0\.1:(\d+)/#), let port = UInt16(match.1) else {
            process.terminate()
            throw Failure(output: process.output)
        }
        self.port = port
    }

    var output: String { process.output }

    func stop() { process.terminate() }

    func kill() { process.kill() }

    struct Failure: Error, CustomStringConvertible {
        var output: String
        var description: String { "planet intake did not start: \(output)" }
    }

    /// Waits until `condition` holds; false after `timeout` seconds.
    static func wait(timeout: TimeInterval, for condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }
}
