import Foundation
import PlanetCore

/// The site folder the service reads, and the one door to git in it. A refresh pulls (when the folder is a clone
/// with its remote) and reads the site again into `IntakeState`; it runs on a schedule, before each delivery
/// round, and for a comment on a post the service does not know yet (at most once per `spacing`). One refresh
/// runs at a time (asking during one waits for it), and no git command of delivery runs beside a pull. Git's
/// failures and the site's errors are logged (files by path only) and reported to the service's health.
actor SiteClone {
    /// How the folder follows its remote.
    enum Upstream: Sendable {
        /// `--deliver git`: `git pull --ff-only <remote> <branch>`.
        case branch(remote: String, name: String)
        /// `--deliver directory`: `git pull --ff-only` from the upstream of the branch checked out, when it has one;
        /// a folder that is not a git clone (or follows no remote) is read again as it is.
        case tracked
    }

    let folder: String
    let upstream: Upstream
    let git: GitCommand
    /// The shortest time between two refreshes for comments on unknown posts.
    let spacing: TimeInterval
    let state: IntakeState
    let log: @Sendable (String) -> Void
    private let gate = AsyncGate()
    private var refreshing = false
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0
    private var lastAsked = Date.distantPast
    private var filesLogged: [String] = []
    /// The build cache the last reading left: a pull that changed one file makes the next reading parse one file.
    private var cache: BuildCache

    init(
        folder: String, upstream: Upstream, git: GitCommand, spacing: TimeInterval, cache: BuildCache, state: IntakeState,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.folder = folder
        self.cache = cache
        self.upstream = upstream
        self.git = git
        self.spacing = spacing
        self.state = state
        self.log = log
    }

    /// Pulls and reads the site again, or waits for the refresh under way.
    func refresh() async {
        startRefresh()
        await waitForRefresh(atMost: nil)
    }

    /// For a comment on a post the service does not know: a refresh, unless one was asked for this reason less than
    /// `spacing` ago (a refresh under way is joined), waited for at most `wait` seconds.
    func refreshForUnknownPost(now: Date, wait: TimeInterval) async {
        if !refreshing {
            guard now.timeIntervalSince(lastAsked) >= spacing else { return }
            lastAsked = now
            startRefresh()
        }
        await waitForRefresh(atMost: wait)
    }

    /// Runs delivery's git commands, never beside a pull.
    func exclusively<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        await gate.enter()
        do {
            let value = try await work()
            await gate.leave()
            return value
        } catch {
            await gate.leave()
            throw error
        }
    }

    private func startRefresh() {
        guard !refreshing else { return }
        refreshing = true
        Task {
            await gate.enter()
            await pull()
            await gate.leave()
            await reload()
            refreshing = false
            let woken = waiters.values
            waiters = [:]
            for waiter in woken { waiter.resume() }
        }
    }

    /// Returns when the refresh under way is over, or after `seconds`.
    private func waitForRefresh(atMost seconds: TimeInterval?) async {
        guard refreshing else { return }
        let waiter = nextWaiter
        nextWaiter += 1
        if let seconds {
            Task {
                try? await Task.sleep(nanoseconds: UInt64(min(max(seconds, 0), 86_400) * 1_000_000_000))
                waiters.removeValue(forKey: waiter)?.resume()
            }
        }
        await withCheckedContinuation { waiters[waiter] = $0 }
    }

    private func pull() async {
        let arguments: [String]
        switch upstream {
        case .branch(let remote, let name):
            arguments = ["pull", "--ff-only", "-q", remote, name]
        case .tracked:
            let tracked = try? await git.run(folder, ["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"])
            guard tracked?.status == 0 else { return }
            arguments = ["pull", "--ff-only", "-q"]
        }
        do {
            try await git.check(folder, arguments)
            await state.report(git: nil)
        } catch let failure as GitCommand.Failure {
            log("refresh: \(failure.description)")
            await state.report(git: failure.summary)
        } catch {
            log("refresh: \(error)")
        }
    }

    private func reload() async {
        let folder = folder, deadline = git.deadline, overrides = state.overrides, previousCache = cache
        let loaded = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { try SiteLoading.knowledge(
                    folder: folder, now: Date(), gitDeadline: deadline, overrides: overrides, cache: previousCache) })
            }
        }
        switch loaded {
        case .success(let (knowledge, newCache)):
            cache = newCache
            if knowledge.filesWithErrors != filesLogged {
                for path in knowledge.filesWithErrors where !filesLogged.contains(path) {
                    log("site: \(LogText.escaped(path)) has errors; the site is read without it")
                }
                if knowledge.filesWithErrors.isEmpty { log("site: no file has errors any more") }
                filesLogged = knowledge.filesWithErrors
            }
            await state.replace(site: knowledge)
        case .failure(let error):
            log("reload: \(error); the site known before is kept")
            await state.report(reload: "\(error); the site known before is kept")
        }
    }
}
