import ArgumentParser
import Foundation
import PlanetConsole
import PlanetLoad

/// `planet serve`: builds the site in memory, serves it on the loopback address, and rebuilds and reloads
/// open pages on every change.
public struct ServeCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it in memory, serve it, rebuild and reload pages on every change.",
        discussion: """
            The site is built in memory (nothing is written, not even public/) for the local address, and \
            served with 404.html for unknown paths. planet.yaml, authors/, comments/, pages/, static/ and \
            themes/ are watched (through the system's file events on Linux, by polling elsewhere or with --poll); \
            after a change the site is rebuilt and open pages reload. When the change \
            has errors, they are printed here and shown over the page, and the previous version stays served. \
            The reload script is added only to the pages serve sends, never to built files. With --intake, \
            planet intake runs beside it on 127.0.0.1 (port --intake-port): post pages carry the comment form, \
            comments are spooled into .planet/intake/, and `planet comment review --spool .planet/intake` \
            approves them. Ctrl-C stops.

            Examples:
              planet serve
              planet serve --intake
              planet serve sample-site --port 4000 --drafts
            """
    )

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: UInt16 = 8080

    @Option(help: "The address to listen on (numeric; the loopback address by default).")
    var host: String = "127.0.0.1"

    @Flag(help: "Also show drafts and posts dated in the future.")
    var drafts = false

    @Flag(help: "Also run planet intake on 127.0.0.1, so that the comment form works in the preview.")
    var intake = false

    @Option(name: .customLong("intake-port"), help: "The port of --intake's service; 0 picks a free one.")
    var intakePort: UInt16 = 8081

    @Flag(help: "Watch by polling (a look at every file four times a second) instead of the system's file events: for a site on a network file system, where those events do not come.")
    var poll = false

    @OptionGroup var outputOptions: OutputOptions

    public func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(site) is not a folder")
        }
    }

    public func run() throws {
        let session = PreviewSession(
            folder: site, host: host, port: port, drafts: drafts, intakePort: intake ? intakePort : nil, polls: poll,
            console: outputOptions.console)
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await session.run() } catch { failure.set(error) }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error {
            outputOptions.console.error("error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode(1)
        }
    }
}

/// The error a background task ended with, read once the task is over.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    func set(_ error: any Error) {
        lock.withLock { stored = error }
    }

    var error: (any Error)? {
        lock.withLock { stored }
    }
}
