import FlyingFox
import FlyingSocks
import Foundation
import PlanetConsole

/// A running `planet intake`: the HTTP server and the deliverer, until SIGINT or SIGTERM. Whatever got its 303
/// is in the spool already, so stopping (or being killed) at any moment loses nothing.
struct IntakeService: Sendable {
    let options: IntakeOptions
    let log: @Sendable (String) -> Void

    func run() async throws {
        let knowledge = try SiteLoading.knowledge(folder: options.siteFolder, now: Date())
        let state = IntakeState(site: knowledge, limits: options.limits, now: Date())
        let spool = try Spool(folder: options.spoolFolder)
        let git: GitDelivery? = options.delivery == .git
            ? GitDelivery(
                clone: options.siteFolder, remote: options.remote, mainBranch: options.mainBranch,
                git: GitCommand(name: options.committerName, email: options.committerEmail), workFolder: options.spoolFolder + "/.work")
            : nil
        try? FileManager.default.removeItem(atPath: options.spoolFolder + "/.work")
        let deliverer = Deliverer(
            spool: spool, git: git, forge: options.forge.map(ForgeClient.init), schedule: options.schedule,
            refreshInterval: options.refreshInterval, siteFolder: options.siteFolder, state: state, log: log)
        let mentions = VerifiedMentions(
            spool: options.spoolFolder, clone: options.siteFolder, site: state.snapshot, allowPrivateSources: options.allowPrivateSources, log: log)
        mentions.receiver.start()
        let handler = IntakeHandler(state: state, spool: spool, mentions: mentions, trustProxy: options.trustProxy, log: log)
        let pool = DeadlinePool(base: HTTPServer.defaultPool(), idle: options.idleTimeout, lifetime: options.connectionLifetime)
        // FlyingFox answers 500 when a handler outlives its timeout: the pool's deadlines cut slow clients well before.
        let handlerTimeout = options.connectionLifetime + options.idleTimeout + 60
        let server = HTTPServer(address: try address(), timeout: handlerTimeout, pool: pool, logger: .disabled, handler: FlyingFoxAdapter(handler: handler))
        let serving = Task { try await server.run() }
        try await server.waitUntilListening()
        let port: UInt16 = switch await server.listeningAddress {
        case .ip4(_, let port)?, .ip6(_, let port)?: port
        default: options.port
        }
        log("listening on \(options.host.contains(":") ? "[\(options.host)]" : options.host):\(port); spool \(options.spoolFolder); "
            + "delivery \(options.delivery.rawValue)\(options.forge.map { " and \($0.kind.rawValue) requests" } ?? ""); "
            + "\(spool.pending().count) comment(s) waiting")
        let delivering = Task { await deliverer.run() }
        await Interrupts.wait()
        delivering.cancel()
        await server.stop(timeout: 2)
        serving.cancel()
        mentions.receiver.stop()
        log("stopped")
    }

    private func address() throws -> any SocketAddress {
        let numeric = options.host == "localhost" ? "127.0.0.1" : options.host
        return numeric.contains(":") ? try sockaddr_in6.inet6(ip6: numeric, port: options.port) : try sockaddr_in.inet(ip4: numeric, port: options.port)
    }
}
