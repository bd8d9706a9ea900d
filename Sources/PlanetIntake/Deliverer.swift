import Foundation

/// Delivery to moderators, apart from requests: refreshes the clone and what the service knows (`SiteClone`) on a
/// schedule and before each delivery round, then delivers each spooled comment (branch and push, then the pull
/// request) and removes it from the spool only once every step succeeded. Failures are retried with backoff, per
/// comment; steps done are recorded in the spool, so a restart resumes without repeating them. Its log lines name
/// the post, never the comment's id (which holds the reader's name).
actor Deliverer {
    let spool: Spool
    /// Nil with `--deliver directory`: files stay in the spool.
    let git: GitDelivery?
    let forge: ForgeClient?
    let schedule: RetrySchedule
    let refreshInterval: TimeInterval
    let state: IntakeState
    let clone: SiteClone
    let log: @Sendable (String) -> Void
    private var failures: [String: (count: Int, next: Date)] = [:]
    private var lastRefresh = Date.distantPast

    /// Also makes the clone's keeper, with the git deadline of `state`'s limits, and hands it to `state` with the
    /// messages waiting in the spool (so that one sent again after a restart is recognized).
    init(
        spool: Spool, git: GitDelivery?, forge: ForgeClient?, schedule: RetrySchedule, refreshInterval: TimeInterval, siteFolder: String,
        state: IntakeState, log: @escaping @Sendable (String) -> Void
    ) {
        var git = git
        git?.git.deadline = state.limits.gitTimeout
        let command = git?.git ?? GitCommand(name: "planet intake", email: "intake@planet.invalid", deadline: state.limits.gitTimeout)
        clone = SiteClone(
            folder: siteFolder, upstream: git.map { .branch(remote: $0.remote, name: $0.mainBranch) } ?? .tracked, git: command,
            spacing: state.limits.pullSpacing, state: state, log: log)
        state.prepare(clone: clone, received: RecentMessages.received(in: spool, now: Date(), window: state.limits.duplicateWindow))
        self.spool = spool
        self.git = git
        self.forge = forge
        self.schedule = schedule
        self.refreshInterval = refreshInterval
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
            await clone.refresh()
        }
        for comment in due where !Task.isCancelled {
            await deliver(comment)
        }
    }

    private func deliver(_ comment: SpooledComment) async {
        guard let git else { return }
        let post = "\(comment.postAuthorID)/\(comment.postSlug)"
        do {
            if !spool.isDone("pushed", for: comment) {
                let text = try GitDelivery.mergeable(spool.text(of: comment))
                do {
                    try await clone.exclusively { try await git.push(comment, text: text) }
                    await state.report(git: nil)
                } catch let failure as GitCommand.Failure {
                    await state.report(git: failure.summary)
                    throw failure
                }
                try spool.markDone("pushed", for: comment)
            }
            if let forge, !spool.isDone("requested", for: comment) {
                try await forge.ensureRequest(for: comment, postURL: await state.site.postURL(post))
                try spool.markDone("requested", for: comment)
            }
            try spool.remove(comment)
            failures[comment.path] = nil
            log("delivered a comment on \(post)")
        } catch is GitDelivery.BranchTaken {
            do {
                _ = try spool.renumber(comment)
                log("a comment on \(post) took a branch name delivered before; renamed")
            } catch {
                log("renaming a comment on \(post): \(Self.withoutID(error, of: comment))")
            }
        } catch {
            let count = (failures[comment.path]?.count ?? 0) + 1
            let delay = schedule.delay(afterFailures: count)
            failures[comment.path] = (count, Date().addingTimeInterval(delay))
            log("delivery of a comment on \(post) failed (\(count)), retried in \(Int(delay.rounded(.up))) s: \(Self.withoutID(error, of: comment))")
        }
    }

    /// An error's description for the log, the comment's id (which holds the reader's name) left out: git and the
    /// file system may quote the branch or the file.
    static func withoutID(_ error: any Error, of comment: SpooledComment) -> String {
        LogText.line(String(describing: error).replacingOccurrences(of: comment.id, with: "<id>"))
    }
}
