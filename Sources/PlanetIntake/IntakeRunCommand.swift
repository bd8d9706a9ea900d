import ArgumentParser
import Foundation
import PlanetConsole
import PlanetCore
import PlanetLoad
import PlanetParse

/// `planet intake [run]`: the service that takes readers' comments and mentions into its spool, lets moderators
/// decide, and delivers what they approved.
public struct IntakeRunCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Receive readers' comments and mentions, keep them private until a moderator approves them, and deliver those.",
        discussion: """
            The site folder is a clone of the site's repository: the service knows from it which posts take \
            comments, and updates it with `git pull --ff-only` on a schedule, before each delivery and for a \
            comment on a post it does not know yet; every git command is stopped after --git-timeout. An \
            accepted comment is written to the spool (comments/<author>/<slug>/<id>.md, status: pending), on \
            this host only, before the reader gets their private link (/comment/<token>: edit or withdraw while \
            pending, ask for removal once published). Moderators decide in the moderation view (/moderate) or \
            with `planet comment review --spool`. Only approved comments are delivered: with --deliver git, \
            committed onto the remote's --branch (with --approved-to request, pushed on a branch of their own \
            and, with --forge, a pull request saying who approved them); with --deliver directory, written into \
            the site folder's comments/. Refused comments are purged at once; spam is purged after 30 days. \
            --deliver pending-branches pushes every pending comment on a branch before anyone read it: it \
            PUBLISHES PENDING TEXT ON THE FORGE, for private repositories only. Credentials come only from the \
            environment (--token-env). Routes: POST /comments, POST /webmention, GET /reply?post=...&to=... (the \
            form to answer a comment), GET and POST /comment/<token>, /moderate, GET /healthz (503 and \
            "degraded: ..." while git fails or the site has errors). SIGINT or SIGTERM stops. The log, on \
            standard error, has a line per request and per event; with --quiet, only the events.

            Examples:
              planet intake --spool /var/lib/intake
              planet intake /srv/site --spool /var/lib/intake --deliver git
              planet intake site --spool spool --deliver git --approved-to request
            """
    )

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @Option(help: "The address and port to listen on (numeric address).")
    var listen: String = "127.0.0.1:8081"

    @Option(help: "The spool folder, where accepted comments are written before delivery.", completion: .directory)
    var spool: String

    @Option(help: ArgumentHelp(
        "git: commit approved comments to the remote; directory: write them into the site folder; pending-branches: push every pending comment on a branch of its own, which publishes unread text on the forge (private repositories only).",
        valueName: "git|directory|pending-branches"))
    var deliver: String = "directory"

    @Option(name: .customLong("approved-to"), help: ArgumentHelp(
        "With --deliver git, main: commit approved comments onto --branch; request: push each on a branch of its own (and with --forge, open a pull request that names its moderator), for a protected main.",
        valueName: "main|request"))
    var approvedTo: String = "main"

    @Option(help: "With --deliver git, the remote that receives the branches and that the clone pulls from (with directory, the clone pulls from its branch's upstream).")
    var remote: String = "origin"

    @Option(help: "The remote's main branch: comment branches start from it.")
    var branch: String = "main"

    @Option(help: "Also open a pull (merge) request through the forge's API: github, gitea (and Forgejo), gitlab.")
    var forge: ForgeKind?

    @Option(name: .customLong("token-env"), help: "The environment variable that holds the forge's token.")
    var tokenEnv: String = "PLANET_FORGE_TOKEN"

    @Option(name: .customLong("forge-api"), help: "The forge API's origin (default: api.github.com, or the repository's host).")
    var forgeAPI: String?

    @Option(name: .customLong("forge-repository"), help: "owner/name on the forge (default: from planet.yaml's repository:).")
    var forgeRepository: String?

    @Option(name: .customLong("forge-timeout"), help: "Seconds to wait for the forge's answer.")
    var forgeTimeout: Double = 15

    @Option(name: .customLong("committer-name"), help: "The name on delivery commits (never a reader's).")
    var committerName: String = "planet intake"

    @Option(name: .customLong("committer-email"), help: "The email address on delivery commits.")
    var committerEmail: String = "intake@planet.invalid"

    @Option(name: .customLong("max-links"), help: "Links a comment may hold.")
    var maxLinks: Int = 5

    @Option(name: .customLong("rate-per-address"), help: "Posts per minute from one address (a /24 or /48), in bursts of as many.")
    var ratePerAddress: Double = 5

    @Option(name: .customLong("rate-global"), help: "Posts per minute from everyone together.")
    var rateGlobal: Double = 120

    @Option(name: .customLong("retry-max"), help: "The longest wait, in seconds, between two delivery attempts.")
    var retryMax: Double = 300

    @Option(name: .customLong("retry-base"), help: "The first wait, in seconds, after a failed delivery; it doubles each time.")
    var retryBase: Double = 2

    @Option(help: "Seconds between two updates of the clone (git pull --ff-only) when nothing is delivered.")
    var refresh: Double = 300

    @Option(name: .customLong("git-timeout"), help: "Seconds a git command may run before it is stopped (with its helpers).")
    var gitTimeout: Double = 60

    @Option(name: .customLong("idle-timeout"), help: "Seconds a client may keep the service waiting for its next bytes.")
    var idleTimeout: Double = 10

    @Option(name: .customLong("connection-lifetime"), help: "Seconds a request may take to arrive, from its first byte to its last.")
    var connectionLifetime: Double = 30

    @Option(name: .customLong("digest-minutes"), help: "With mail: in planet.yaml, the least time between two digests of pending comments mailed to one moderator.")
    var digestMinutes: Double = 15

    @Option(name: .customLong("max-connections"), help: "Connections served at once (fewer when the file descriptor limit is lower); more wait their turn.")
    var maxConnections: Int = 512

    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "Take comments for a copy of the site served at this address (such as planet serve's http://127.0.0.1:8080): readers are sent back there, and the form posts to this service's --listen address.",
        valueName: "url"))
    var baseURL: String?

    @Flag(name: .customLong("allow-private-sources"), help: .hidden)
    var allowPrivateSources = false

    @Flag(name: .customLong("trust-proxy"), help: "Behind a reverse proxy on the loopback address: take the client from X-Forwarded-For.")
    var trustProxy = false

    @OptionGroup var outputOptions: OutputOptions

    public func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(site) is not a folder")
        }
        guard IntakeOptions.Delivery(rawValue: deliver) != nil else { throw ValidationError("--deliver is git, directory or pending-branches") }
        guard IntakeOptions.ApprovedTo(rawValue: approvedTo) != nil else { throw ValidationError("--approved-to is main or request") }
        guard Self.hostAndPort(listen) != nil else { throw ValidationError("--listen is ADDRESS:PORT, such as 127.0.0.1:8081 or [::1]:8081") }
        if forge != nil, deliver == "directory" { throw ValidationError("--forge needs --deliver git or pending-branches") }
        if forge != nil, deliver == "git", approvedTo == "main" {
            throw ValidationError("--forge opens requests: with --deliver git, it needs --approved-to request")
        }
        if forge != nil, (ProcessInfo.processInfo.environment[tokenEnv] ?? "").isEmpty {
            throw ValidationError("--forge needs a token in the environment variable \(tokenEnv)")
        }
        for (name, value) in [("--rate-per-address", ratePerAddress), ("--rate-global", rateGlobal), ("--retry-max", retryMax),
                              ("--retry-base", retryBase), ("--refresh", refresh), ("--idle-timeout", idleTimeout),
                              ("--connection-lifetime", connectionLifetime), ("--forge-timeout", forgeTimeout),
                              ("--git-timeout", gitTimeout), ("--digest-minutes", digestMinutes)] where !(value > 0) {
            throw ValidationError("\(name) must be more than 0")
        }
        guard maxLinks >= 0 else { throw ValidationError("--max-links cannot be negative") }
        if let baseURL, !ConfigParser.isAbsoluteHTTPURL(baseURL) {
            throw ValidationError("--base-url must be an absolute http(s) URL, such as http://127.0.0.1:8080")
        }
        guard maxConnections > 0 else { throw ValidationError("--max-connections must be more than 0") }
    }

    public func run() throws {
        let options = try makeOptions()
        let log: @Sendable (String) -> Void = { line in
            FileHandle.standardError.write(Data("\(RFC3339.string(Date())) \(LogText.line(line))\n".utf8))
        }
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        Task {
            do { try await IntakeService(options: options, log: log).run() } catch { failure = error }
            finished.signal()
        }
        finished.wait()
        if let failure {
            outputOptions.console.error("error: \(failure)")
            throw ExitCode(1)
        }
    }

    func makeOptions() throws -> IntakeOptions {
        let (host, port) = Self.hostAndPort(listen)!
        var limits = IntakeLimits()
        limits.maxLinks = maxLinks
        limits.perAddressBurst = max(1, ratePerAddress)
        limits.perAddressPerMinute = ratePerAddress
        limits.globalBurst = max(1, rateGlobal / 2)
        limits.globalPerMinute = rateGlobal
        limits.gitTimeout = gitTimeout
        var forgeRequests: ForgeRequests?
        if let forge {
            let token = ProcessInfo.processInfo.environment[tokenEnv] ?? ""
            let config = try SiteLoader.load(folder: site).0.config
            let repositoryURL = ConfigParser.parse(config).0?.repository.flatMap { URL(string: $0) }
            let path = forgeRepository ?? repositoryURL.map { $0.path.split(separator: "/").joined(separator: "/") }
            guard let path, path.contains("/"), let api = forgeAPI ?? repositoryURL.map(forge.defaultAPI(repository:)) else {
                throw ValidationError("--forge needs repository: in planet.yaml, or --forge-repository and --forge-api")
            }
            let repository = path.hasSuffix(".git") ? String(path.dropLast(4)) : path
            forgeRequests = ForgeRequests(
                kind: forge, api: api, repository: repository, token: token, mainBranch: branch, timeout: forgeTimeout)
        }
        return IntakeOptions(
            siteFolder: site, host: host, port: port, spoolFolder: spool, delivery: IntakeOptions.Delivery(rawValue: deliver) ?? .directory,
            approvedTo: IntakeOptions.ApprovedTo(rawValue: approvedTo) ?? .main,
            remote: remote, mainBranch: branch, committerName: committerName, committerEmail: committerEmail, forge: forgeRequests,
            limits: limits, schedule: RetrySchedule(base: retryBase, maximum: retryMax), refreshInterval: refresh, trustProxy: trustProxy,
            idleTimeout: idleTimeout, connectionLifetime: connectionLifetime, maxConnections: maxConnections,
            overrides: baseURL.map { SiteOverrides(baseURL: $0, intakeURL: "http://\(listen)") } ?? SiteOverrides(),
            digestInterval: digestMinutes * 60, allowPrivateSources: allowPrivateSources,
            logsRequests: outputOptions.console.verbosity != .quiet)
    }

    /// `127.0.0.1:8081` or `[::1]:8081`.
    static func hostAndPort(_ text: String) -> (String, UInt16)? {
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host.isEmpty ? nil : (host, port)
    }
}
