import Foundation

/// What the running service holds in memory: the site's knowledge (replaced after each refresh), the rate
/// limits' buckets and the fingerprints of recent messages. Decisions read and update it in one step.
actor IntakeState {
    private(set) var site: SiteKnowledge
    /// `site`, for readers on other threads.
    nonisolated let snapshot: KnowledgeSnapshot
    let limits: IntakeLimits
    /// What a local run replaces in the site's settings, each time the site is read again.
    nonisolated let overrides: SiteOverrides
    private var rateLimiter: RateLimiter
    private var recent = RecentMessages()

    init(site: SiteKnowledge, limits: IntakeLimits, overrides: SiteOverrides = SiteOverrides(), now: Date) {
        self.site = site
        self.overrides = overrides
        self.snapshot = KnowledgeSnapshot(site)
        self.limits = limits
        self.rateLimiter = RateLimiter(limits: limits, now: now)
    }

    func replace(site: SiteKnowledge) {
        self.site = site
        snapshot.value = site
    }

    /// Takes a rate-limit token for `address`.
    func admit(_ address: String, now: Date) -> Bool {
        rateLimiter.admit(address, now: now)
    }

    /// Forgets the addresses that are as if they had never posted.
    func forgetIdleAddresses(now: Date) {
        rateLimiter.forgetFull(now: now)
    }

    /// Validates `submission`; an accepted message is remembered at once, so that its twin sent at the same
    /// moment is refused.
    func decide(_ submission: CommentSubmission, now: Date) -> (SubmissionVerdict, SiteKnowledge) {
        let verdict = SubmissionValidation.validate(submission, site: site, now: now, limits: limits, recent: recent)
        if case .accepted(let comment) = verdict { recent.insert(comment.messageHash, now: now, window: limits.duplicateWindow) }
        return (verdict, site)
    }

    /// Forgets an accepted message whose file could not be written, so that it can be sent again.
    func forget(_ hash: UInt64) {
        recent.remove(hash)
    }
}
