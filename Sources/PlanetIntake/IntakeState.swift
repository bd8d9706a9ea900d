import Foundation

/// What the running service holds in memory: the site's knowledge (replaced after each refresh), the rate
/// limits' buckets, the fingerprints of recent messages and the service's health. Decisions read and update it
/// in one step.
actor IntakeState {
    private(set) var site: SiteKnowledge
    /// `site`, for readers on other threads.
    nonisolated let snapshot: KnowledgeSnapshot
    let limits: IntakeLimits
    /// What a local run replaces in the site's settings, each time the site is read again.
    nonisolated let overrides: SiteOverrides
    private var rateLimiter: RateLimiter
    private var recent: RecentMessages
    private var gitProblem: String?
    private var reloadProblem: String?
    /// What the deliverer hands over as it is made, before the service listens (`prepare`).
    private nonisolated let prepared = Locked<(clone: SiteClone, received: RecentMessages)?>(nil)
    private var receivedMerged = false
    /// The search index, brought in step with each site read; nil in tests that make a state without one.
    nonisolated let search: SiteSearch?

    /// `messageKey`: the spool's key for the duplicate filter.
    init(
        site: SiteKnowledge, limits: IntakeLimits, messageKey: Data, overrides: SiteOverrides = SiteOverrides(), now: Date,
        search: SiteSearch? = nil
    ) {
        self.site = site
        self.search = search
        self.recent = RecentMessages(key: messageKey)
        self.overrides = overrides
        self.snapshot = KnowledgeSnapshot(site)
        self.limits = limits
        self.rateLimiter = RateLimiter(limits: limits, now: now)
    }

    /// Called once, by the deliverer as it is made (before the service answers anything): the keeper of the site's
    /// clone, which pulls for a comment on a post not known yet, and the messages received before a restart.
    nonisolated func prepare(clone: SiteClone, received: RecentMessages) {
        prepared.withLock { $0 = (clone, received) }
    }

    /// The keeper of the site's clone; nil until `prepare`.
    nonisolated var clone: SiteClone? {
        prepared.withLock { $0?.clone }
    }

    /// A site read again: it is what the service knows from now on.
    func replace(site: SiteKnowledge) {
        search?.update(site)
        self.site = site
        snapshot.value = site
        reloadProblem = nil
    }

    /// What `/healthz` tells.
    var health: ServiceHealth {
        ServiceHealth(git: gitProblem, reload: reloadProblem, filesWithErrors: site.filesWithErrors)
    }

    /// The last git command's failure, or nil once one succeeded.
    func report(git problem: String?) {
        gitProblem = problem
    }

    /// Why the site could not be read again; it is cleared by the next `replace`.
    func report(reload problem: String) {
        reloadProblem = problem
    }

    /// Takes a rate-limit token from `network`'s bucket: every post to the service spends one, whatever its answer.
    func admit(_ network: String, now: Date) -> Bool {
        rateLimiter.admit(network, now: now)
    }

    /// Takes a token from everyone's bucket for a webmention about to be queued.
    func admitEveryone(now: Date) -> Bool {
        rateLimiter.admitEveryone(now: now)
    }

    /// Gives back everyone's token of a webmention that was not queued after all.
    func refundEveryone() {
        rateLimiter.refundEveryone()
    }

    /// `network` was answered with a 4xx.
    func noteRefusal(_ network: String, now: Date) {
        rateLimiter.noteRefusal(network, now: now)
    }

    /// Forgets the addresses that are as if they had never posted.
    func forgetIdleAddresses(now: Date) {
        rateLimiter.forgetFull(now: now)
    }

    /// Validates `submission`. An accepted message takes a token from everyone's bucket (`.overloaded` when there
    /// is none) and is remembered at once, so that its twin sent at the same moment is recognized.
    func decide(_ submission: CommentSubmission, now: Date) -> (SubmissionVerdict, SiteKnowledge) {
        if !receivedMerged, let received = prepared.withLock({ $0?.received }) {
            recent.merge(received)
            receivedMerged = true
        }
        let verdict = SubmissionValidation.validate(submission, site: site, now: now, limits: limits, recent: recent)
        guard case .accepted(let comment) = verdict else { return (verdict, site) }
        guard rateLimiter.admitEveryone(now: now) else { return (.overloaded, site) }
        recent.insert(comment.messageHash, now: now, window: limits.duplicateWindow)
        return (verdict, site)
    }

    /// Forgets an accepted message whose file could not be written, so that it can be sent again, and gives back
    /// its token.
    func forget(_ hash: UInt64) {
        recent.remove(hash)
        rateLimiter.refundEveryone()
    }
}
