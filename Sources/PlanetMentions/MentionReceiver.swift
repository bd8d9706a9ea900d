import Foundation
import PlanetFetch

/// The receiving side of webmentions, for `planet intake`'s `POST /webmention`: `accept` checks a request at once
/// (the route answers 202, or 400 with the rejection's reason) and queues it in `<spool>/webmentions/`; the
/// queue, started and stopped with the service, fetches each source, checks that it links to the target and
/// spools a pending comment file of kind mention in `<spool>/comments/<author>/<slug>/`. A source that does not
/// link (any more), or that is gone, spools nothing and is logged.
public final class MentionReceiver: Sendable {
    public let spool: MentionSpool
    public let queue: MentionQueue
    private let site: @Sendable () -> MentionSite

    /// - Parameters:
    ///   - site: the site as it is now (the service's clone is updated on a schedule).
    ///   - spool: the spool folder.
    ///   - knownFolders: other folders holding `comments/` (the site's clone, delivered files), where a mention
    ///     already written is looked for before it is spooled again.
    ///   - policy: which addresses sources may be fetched from (`allowPrivateAddresses` is for tests).
    ///   - now: the date of the comment files.
    ///   - log: one line per outcome, without any reader's address.
    public init(site: @escaping @Sendable () -> MentionSite, spool: String, knownFolders: [String] = [], limits: FetchLimits = FetchLimits(),
                policy: AddressPolicy = AddressPolicy(), maximumBytes: Int = MentionVerifier.defaultMaximumBytes,
                concurrency: Int = 2, retryDelays: [TimeInterval] = [60, 300, 1800, 7200, 21600],
                now: @escaping @Sendable () -> Date = { Date() }, log: @escaping @Sendable (String) -> Void = { _ in }) {
        let mentionSpool = MentionSpool(folder: spool, knownFolders: knownFolders)
        let verifier = MentionVerifier(limits: limits, policy: policy, maximumBytes: maximumBytes)
        self.site = site
        self.spool = mentionSpool
        queue = MentionQueue(folder: spool + "/webmentions", concurrency: concurrency, retryDelays: retryDelays, log: log) { job in
            Self.process(job.request, site: site(), verifier: verifier, spool: mentionSpool, now: now(), log: log)
        }
    }

    /// Checks the request and queues it; a request already queued is accepted again without a second job.
    public func accept(source: String, target: String) -> Result<MentionRequest, MentionRejection> {
        let checked = MentionCheck.check(source: source, target: target, site: site())
        guard case .success(let request) = checked else { return checked }
        do {
            try queue.enqueue(request)
        } catch {
            return .failure(.notStored("\(error)"))
        }
        return .success(request)
    }

    public func start() { queue.start() }
    public func stop() { queue.stop() }

    /// Verifies one request and spools its mention; true when done with it, false to try again later.
    static func process(_ request: MentionRequest, site: MentionSite, verifier: MentionVerifier, spool: MentionSpool, now: Date,
                        log: @Sendable (String) -> Void) -> Bool {
        let label = "webmention \(request.source) -> \(request.post.author)/\(request.post.slug)"
        guard site.post(at: request.target) == request.post else {
            log("\(label): the post no longer takes comments; dropped")
            return true
        }
        switch verifier.verify(request, site: site) {
        case .verified(let excerpt):
            do {
                let (path, written) = try spool.write(request, excerpt: excerpt, date: now)
                log("\(label): " + (written ? "spooled \(path)" : "already spooled as \(path)"))
                return true
            } catch {
                log("\(label): not spooled (\(error)); will retry")
                return false
            }
        case .noLink:
            log("\(label): the source does not link to the target; nothing spooled")
            return true
        case .gone(let status):
            log("\(label): the source is gone (HTTP \(status)); nothing spooled")
            return true
        case .retry(let reason):
            log("\(label): \(reason); will retry")
            return false
        case .failed(let reason):
            log("\(label): \(reason); dropped")
            return true
        }
    }
}
