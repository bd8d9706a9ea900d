import Foundation
import PlanetCore

/// Delivery of what moderators approved: refreshes the clone and what the service knows (`SiteClone`) on a
/// schedule and before each delivery round, then delivers each approved comment (a commit on main, a branch and its
/// pull request, or a file in the site folder) and removes it from the spool only once every step succeeded; with
/// `--deliver pending-branches`, each pending comment is pushed as before. Failures are retried with backoff, per
/// comment; steps done are recorded in the spool, so a restart resumes without repeating them. Spam past its
/// retention is purged. Its log lines name the post, never the comment's id (which holds the reader's name).
actor Deliverer {
    let spool: Spool
    let links: ReaderLinks
    let delivery: IntakeOptions.Delivery
    let approvedTo: IntakeOptions.ApprovedTo
    /// Nil with `--deliver directory`.
    let git: GitDelivery?
    let forge: ForgeClient?
    let siteFolder: String
    let schedule: RetrySchedule
    let refreshInterval: TimeInterval
    let state: IntakeState
    let clone: SiteClone
    let log: @Sendable (String) -> Void
    private var failures: [String: (count: Int, next: Date)] = [:]
    private var lastRefresh = Date.distantPast
    private var lastPurge = Date.distantPast
    private var lastMail = Date.distantPast
    /// Tells readers and moderators by mail, when it goes out.
    private var notifier: Notifier?
    /// The queue of the spool's writes that moderators' decisions go through: taking replies from the site runs
    /// on it too, never beside a decision.
    private var spoolQueue = SpoolQueue()

    /// Also makes the clone's keeper, with the git deadline of `state`'s limits and the build cache of the site's
    /// first reading (`siteCache`), and hands it to `state` with the messages waiting in the spool (so that one sent
    /// again after a restart is recognized).
    init(
        spool: Spool, links: ReaderLinks, delivery: IntakeOptions.Delivery, approvedTo: IntakeOptions.ApprovedTo, git: GitDelivery?,
        forge: ForgeClient?, schedule: RetrySchedule, refreshInterval: TimeInterval, siteFolder: String, siteCache: BuildCache,
        state: IntakeState, log: @escaping @Sendable (String) -> Void
    ) {
        var git = git
        git?.git.deadline = state.limits.gitTimeout
        let command = git?.git ?? GitCommand(name: "planet intake", email: "intake@planet.invalid", deadline: state.limits.gitTimeout)
        clone = SiteClone(
            folder: siteFolder, upstream: git.map { .branch(remote: $0.remote, name: $0.mainBranch) } ?? .tracked, git: command,
            spacing: state.limits.pullSpacing, cache: siteCache, state: state, log: log)
        state.prepare(clone: clone, received: RecentMessages.received(in: spool, now: Date(), window: state.limits.duplicateWindow))
        self.spool = spool
        self.links = links
        self.delivery = delivery
        self.approvedTo = approvedTo
        self.siteFolder = siteFolder
        self.git = git
        self.forge = forge
        self.schedule = schedule
        self.refreshInterval = refreshInterval
        self.state = state
        self.log = log
    }

    /// Hands over the mail's notifier (before `run`).
    func use(_ notifier: Notifier?) {
        self.notifier = notifier
    }

    /// Shares the handler's queue of spool writes (before `run`).
    func share(_ queue: SpoolQueue) {
        spoolQueue = queue
    }

    /// Runs until cancelled, looking at the spool (and forgetting idle addresses) a few times a second.
    func run() async {
        while !Task.isCancelled {
            await state.forgetIdleAddresses(now: Date())
            await round(now: Date())
            try? await Task.sleep(nanoseconds: 200_000_000)
        }
    }

    /// One pass: spam past its retention purged (hourly), a refresh when due (or before delivering with git), then
    /// every comment whose retry time has come.
    func round(now: Date) async {
        if now.timeIntervalSince(lastPurge) >= 3600 {
            lastPurge = now
            let purged = spool.purgeSpam(now: now)
            if purged > 0 { log("purged \(purged) spam comment(s) older than 30 days") }
        }
        let isDue = { (comment: SpooledComment) in (self.failures[comment.path]?.next ?? .distantPast) <= now }
        let pending = delivery == .pendingBranches ? spool.pending().filter(isDue) : []
        let approved = spool.approved().filter(isDue)
        if !pending.isEmpty || (git != nil && !approved.isEmpty) || now.timeIntervalSince(lastRefresh) >= refreshInterval {
            lastRefresh = now
            await clone.refresh()
            // Replies that planet fetch brought into the site wait for moderators with readers' comments (with
            // pending branches, they are reviewed in the repository, where they already are).
            if delivery != .pendingBranches {
                let spool = self.spool, siteFolder = self.siteFolder
                let taken = (try? await spoolQueue.run { spool.takeReplies(from: siteFolder) }) ?? 0
                if taken > 0 { log("\(taken) repl\(taken == 1 ? "y" : "ies") from Mastodon or Bluesky wait for moderators") }
            }
        }
        for comment in pending where !Task.isCancelled {
            await deliverPending(comment)
        }
        for comment in approved where !Task.isCancelled {
            await deliverApproved(comment, now: now)
        }
        if let notifier, now.timeIntervalSince(lastMail) >= 2 {
            lastMail = now
            await notifier.round(now: now)
        }
    }

    /// An approved comment to main, to a branch and its request, or into the site folder.
    private func deliverApproved(_ comment: SpooledComment, now: Date) async {
        let post = "\(comment.postAuthorID)/\(comment.postSlug)"
        do {
            let text = try spool.approvedText(of: comment)
            let approver = spool.approver(of: comment) ?? "a moderator"
            let replacing = spool.siteText(of: comment)
            switch (delivery, git) {
            case (.directory, _), (_, nil):
                try SiteFolderDelivery(siteFolder: siteFolder).write(comment, text: text, replacing: replacing)
            case (_, let git?) where approvedTo == .request:
                if !spool.isDone("pushed", for: comment) {
                    try await reportingGit { try await self.clone.exclusively {
                        try await git.push(comment, text: text, approver: approver, replacing: replacing != nil)
                    } }
                    try spool.markDone("pushed", for: comment)
                }
                if let forge, !spool.isDone("requested", for: comment) {
                    try await forge.ensureRequest(for: comment, postURL: await state.site.postURL(post), approvedBy: approver)
                    try spool.markDone("requested", for: comment)
                }
            case (_, let git?):
                try await reportingGit { try await self.clone.exclusively {
                    try await git.commitToMain(comment, text: text, approver: approver, replacing: replacing)
                } }
            }
            try links.update(comment, to: .published)
            let item = PendingItem(comment: comment, text: String(decoding: text, as: UTF8.self))
            try spool.finishDelivery(of: comment)
            if let notifier, let item, item.kind == "comment" {
                await notifier.published(comment, authorName: item.authorName, replyTo: item.replyTo, now: now)
            }
            failures[comment.path] = nil
            log("delivered an approved comment on \(post)")
        } catch is GitDelivery.SiteChanged {
            try? spool.finishDelivery(of: comment)
            failures[comment.path] = nil
            log("a reply on \(post) changed in the site since a moderator decided; its new text waits for moderators")
        } catch is GitDelivery.BranchTaken {
            do {
                let renamed = try spool.renumberApproved(comment)
                try links.update(renamed, to: .approved)
                log("an approved comment on \(post) took a name delivered before; renamed")
            } catch {
                log("renaming an approved comment on \(post): \(Self.withoutID(error, of: comment))")
            }
        } catch {
            noteFailure(of: comment, post: post, error: error)
        }
    }

    /// Runs a git step, reporting its failure (or success) to `/healthz`.
    private func reportingGit(_ step: @escaping @Sendable () async throws -> Void) async throws {
        do {
            try await step()
            await state.report(git: nil)
        } catch let failure as GitCommand.Failure {
            await state.report(git: failure.summary)
            throw failure
        }
    }

    private func noteFailure(of comment: SpooledComment, post: String, error: any Error) {
        let count = (failures[comment.path]?.count ?? 0) + 1
        let delay = schedule.delay(afterFailures: count)
        failures[comment.path] = (count, Date().addingTimeInterval(delay))
        log("delivery of a comment on \(post) failed (\(count)), retried in \(Int(delay.rounded(.up))) s: \(Self.withoutID(error, of: comment))")
    }

    /// `--deliver pending-branches`: a pending comment on its branch, and its request.
    private func deliverPending(_ comment: SpooledComment) async {
        guard let git else { return }
        let post = "\(comment.postAuthorID)/\(comment.postSlug)"
        do {
            if !spool.isDone("pushed", for: comment) {
                let text = try GitDelivery.mergeable(spool.text(of: comment))
                try await reportingGit { try await self.clone.exclusively { try await git.push(comment, text: text) } }
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
            noteFailure(of: comment, post: post, error: error)
        }
    }

    /// An error's description for the log, the comment's id (which holds the reader's name) left out: git and the
    /// file system may quote the branch or the file.
    static func withoutID(_ error: any Error, of comment: SpooledComment) -> String {
        LogText.line(String(describing: error).replacingOccurrences(of: comment.id, with: "<id>"))
    }
}
