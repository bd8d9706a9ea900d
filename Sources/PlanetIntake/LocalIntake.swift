import Foundation

/// The service on the loopback address for a site previewed at `baseURL` (`planet serve --intake`): comments are
/// spooled into `<site>/.planet/intake/` (delivery `directory`, never pushed), and the reader is sent back to the
/// preview, so that the whole loop of a comment runs on one machine.
public struct LocalIntake: Sendable {
    public let siteFolder: String
    public let port: UInt16
    public let baseURL: String

    public init(siteFolder: String, port: UInt16, baseURL: String) {
        self.siteFolder = siteFolder
        self.port = port
        self.baseURL = baseURL
    }

    /// Where the form posts: `http://127.0.0.1:<port>`.
    public var url: String { "http://127.0.0.1:\(port)" }

    /// The spool, inside the site's working folder (which git ignores).
    public var spoolFolder: String { siteFolder + "/.planet/intake" }

    /// Runs until the task is cancelled, with `planet intake`'s defaults.
    public func run(log: @escaping @Sendable (String) -> Void) async throws {
        let command = try IntakeRunCommand.parse([
            siteFolder, "--listen", "127.0.0.1:\(port)", "--spool", spoolFolder, "--deliver", "directory", "--base-url", baseURL,
        ])
        try await IntakeService(options: try command.makeOptions(), log: log).run {
            while !Task.isCancelled { try? await Task.sleep(nanoseconds: 3_600_000_000_000) }
        }
    }
}
