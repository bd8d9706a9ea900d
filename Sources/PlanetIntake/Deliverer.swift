import Foundation

/// Delivery to moderators, apart from requests: refreshes the clone and what the service knows on a schedule
/// and before each delivery round, then delivers each spooled comment (branch and push, then the pull request)
/// and removes it from the spool only once every step succeeded. Failures are retried with backoff, per comment;
/// steps done are recorded in the spool, so a restart resumes without repeating them.
actor Deliverer {
    let spool: Spool
    /// Nil with `--deliver directory`: files stay in the spool.
    let git: GitDelivery?
    let forge: ForgeClient?
    let schedule: RetrySchedule
    let refreshInterval: TimeInterval
    let siteFolder: String
    let state: IntakeState
    let log: @Sendable (String) -> Void
    private var failures: [String: (count: Int, next: Date)] = [:]
    private var lastRefresh = Date.distantPast

    init(
        spool: Spool, git: GitDelivery?, forge: ForgeClient?, schedule: RetrySchedule, refreshInterval: TimeInterval, siteFolder: String,
        state: IntakeState, log: @escaping @Sendable (String) -> Void
    ) {
        self.spool = spool
        self.git = git
        self.forge = forge
        self.schedule = schedule
        self.refreshInterval = refreshInterval
        self.siteFolder = siteFolder
        self.state = state
        self.log = log
    }

    /// Runs until cancelled, looking at the spool (and forgetting idle addresses) a few times a second.
    func run() async {
        while !Task.isCancelled {
            await state.forgetIdleAddresses(now: Date())
            await round(now: Date())
            try? await Task.sleep(nanoseconds: 200_000_000)
        }
    }

    /// One pass: a refresh when due (or before delivering), then every comment whose retry time has come.
    func round(now: Date) async {
        let due = git == nil ? [] : spool.pending().filter { (failures[$0.path]?.next ?? .distantPast) <= now }
        if !due.isEmpty || now.timeIntervalSince(lastRefresh) >= refreshInterval {
            lastRefresh = now
            await refresh()
        }
        for comment in due where !Task.isCancelled {
            await deliver(comment)
        }
    }

    private func refresh() async {
        if let git {
            do { try await git.refresh() } catch { log("refresh: \(error)") }
        }
        do {
            let knowledge = try await Self.load(siteFolder, overrides: state.overrides)
            await state.replace(site: knowledge)
        } catch {
            log("reload: \(error); the site known before is kept")
        }
    }

    private static func load(_ folder: String, overrides: SiteOverrides) async throws -> SiteKnowledge {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try SiteLoading.knowledge(folder: folder, now: Date(), overrides: overrides) })
            }
        }
    }

    private func deliver(_ comment: SpooledComment) async {
        guard let git else { return }
        do {
            if !spool.isDone("pushed", for: comment) {
                try await git.push(comment, text: try GitDelivery.mergeable(spool.text(of: comment)))
                try spool.markDone("pushed", for: comment)
            }
            if let forge, !spool.isDone("requested", for: comment) {
                try await forge.ensureRequest(for: comment, postURL: await state.site.postURL("\(comment.postAuthorID)/\(comment.postSlug)"))
                try spool.markDone("requested", for: comment)
            }
            try spool.remove(comment)
            failures[comment.path] = nil
            log("delivered \(comment.branch)")
        } catch let taken as GitDelivery.BranchTaken {
            do {
                let renamed = try spool.renumber(comment)
                log("\(taken); renamed \(renamed.path)")
            } catch {
                log("renaming \(comment.path): \(error)")
            }
        } catch {
            let count = (failures[comment.path]?.count ?? 0) + 1
            let delay = schedule.delay(afterFailures: count)
            failures[comment.path] = (count, Date().addingTimeInterval(delay))
            log("delivery of \(comment.branch) failed (\(count)), retried in \(Int(delay.rounded(.up))) s: \(error)")
        }
    }
}
