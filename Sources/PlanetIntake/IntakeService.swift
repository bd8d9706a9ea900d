import Foundation
import PlanetConsole
import PlanetCore
import PlanetMail

/// A running `planet intake`: the HTTP server and the deliverer, until SIGINT or SIGTERM. Whatever got its 303
/// is in the spool already, so stopping (or being killed) at any moment loses nothing.
struct IntakeService: Sendable {
    let options: IntakeOptions
    let log: @Sendable (String) -> Void

    /// Serves until `stop` returns (SIGINT or SIGTERM by default) or the task is cancelled.
    func run(until stop: @escaping @Sendable () async -> Void = { await Interrupts.wait() }) async throws {
        let (knowledge, cache) = try SiteLoading.knowledge(
            folder: options.siteFolder, now: Date(), gitDeadline: options.limits.gitTimeout, overrides: options.overrides, cache: BuildCache())
        let spool = try Spool(folder: options.spoolFolder)
        spool.settle()
        let search = SiteSearch(path: SiteSearch.path(spool: options.spoolFolder), log: log)
        search.update(knowledge)
        let state = IntakeState(
            site: knowledge, limits: options.limits, messageKey: spool.messageKey, overrides: options.overrides, now: Date(), search: search)
        let links = try ReaderLinks(spool: spool)
        let git: GitDelivery? = options.delivery != .directory
            ? GitDelivery(
                clone: options.siteFolder, remote: options.remote, mainBranch: options.mainBranch,
                git: GitCommand(name: options.committerName, email: options.committerEmail), workFolder: options.spoolFolder + "/.work")
            : nil
        try? FileManager.default.removeItem(atPath: options.spoolFolder + "/.work")
        let deliverer = Deliverer(
            spool: spool, links: links, delivery: options.delivery, approvedTo: options.approvedTo, git: git,
            forge: options.forge.map(ForgeClient.init), schedule: options.schedule, refreshInterval: options.refreshInterval,
            siteFolder: options.siteFolder, siteCache: cache, state: state, log: log)
        let mentions = VerifiedMentions(
            spool: options.spoolFolder, clone: options.siteFolder, site: state.snapshot, allowPrivateSources: options.allowPrivateSources, log: log)
        mentions.receiver.start()
        var handler = IntakeHandler(
            state: state, spool: spool, links: links, mentions: mentions, trustProxy: options.trustProxy, log: log)
        let notifier = try makeNotifier(knowledge: knowledge, spool: spool, desk: handler.desk, state: state)
        handler.sendsMail = notifier != nil
        handler.notifier = notifier
        handler.logsRequests = options.logsRequests
        await deliverer.use(notifier)
        await deliverer.share(handler.queue)
        var headLimits = RequestHeadLimits()
        headLimits.idleSeconds = options.idleTimeout
        headLimits.requestSeconds = options.connectionLifetime
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        let pending = spool.pending().count
        let delivery = "delivery \(options.delivery.rawValue)\(options.forge.map { " and \($0.kind.rawValue) requests" } ?? "")"
        let server = IntakeServer(
            host: host, port: Int(options.port), limits: headLimits,
            maxConnections: IntakeServer.connectionBound(requested: options.maxConnections), handler: handler
        ).make { port in
            log("listening on \(host.contains(":") ? "[\(host)]" : host):\(port); spool \(options.spoolFolder); \(delivery); "
                + "\(pending) comment(s) waiting")
        }
        let delivering = Task { await deliverer.run() }
        let end = await withTaskGroup(of: End.self) { group in
            group.addTask {
                await stop()
                return .interrupted
            }
            group.addTask {
                do {
                    try await server.run()
                    return .listenerStopped(nil)
                } catch {
                    return .listenerStopped(error)
                }
            }
            let next = await group.next() ?? .interrupted
            let first: End = Task.isCancelled ? .interrupted : next
            if case .interrupted = first { try? await server.shutdownGracefully() }
            group.cancelAll()
            await group.waitForAll()
            return first
        }
        delivering.cancel()
        mentions.receiver.stop()
        if case .listenerStopped(let error) = end {
            throw ListenerStopped(reason: error.map { "\($0)" } ?? "it closed")
        }
        log("stopped")
    }

    /// The mail of readers' notices and moderators' digests, when `planet.yaml` says how mail leaves; nil otherwise, or
    /// when the environment's settings are wrong (logged: the service runs without mail).
    private func makeNotifier(knowledge: SiteKnowledge, spool: Spool, desk: ModerationDesk, state: IntakeState) throws -> Notifier? {
        let settings = MailSettings(knowledge.mail)
        guard let from = settings.from else { return nil }
        do {
            guard let sender = try settings.sender() else { return nil }
            return try Notifier(sender: sender, from: from, spool: spool, desk: desk, state: state, digestInterval: options.digestInterval, log: log)
        } catch let failure as MailFailure {
            log("mail: not sent, the settings are wrong: \(failure)")
            return nil
        }
    }

    private enum End {
        case interrupted
        case listenerStopped((any Error)?)
    }

    /// The listening socket stopped without being asked to: the process exits non-zero so that its supervisor
    /// restarts it, rather than living on deaf.
    struct ListenerStopped: Error, CustomStringConvertible {
        var reason: String
        var description: String { "the listener stopped (\(reason)); exiting so that the service is restarted" }
    }
}
