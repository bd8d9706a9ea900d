import Foundation
import PlanetFiles

/// The webmentions waiting to be processed, persisted one file each in `folder` before `enqueue` returns, so that
/// a restart resumes them. `concurrency` threads process them (the work blocks on the network); a job whose work
/// asks for another try waits the next of `retryDelays`, and is dropped once they are used up.
public final class MentionQueue: @unchecked Sendable {
    public let folder: String
    public let concurrency: Int
    public let retryDelays: [TimeInterval]
    /// Processes one job: true when done with it (whatever the outcome), false to try again later.
    private let work: @Sendable (MentionJob) -> Bool
    private let log: @Sendable (String) -> Void

    private let condition = NSCondition()
    private var pending: [String: (job: MentionJob, due: Date)] = [:]
    private var running: Set<String> = []
    private var workers = 0
    private var stopping = false

    public init(folder: String, concurrency: Int = 2, retryDelays: [TimeInterval] = [60, 300, 1800, 7200, 21600],
                log: @escaping @Sendable (String) -> Void = { _ in }, work: @escaping @Sendable (MentionJob) -> Bool) {
        self.folder = folder
        self.concurrency = max(1, concurrency)
        self.retryDelays = retryDelays
        self.log = log
        self.work = work
    }

    /// Persists the job and wakes a worker; a request already waiting is left as it is.
    public func enqueue(_ request: MentionRequest) throws {
        condition.lock()
        defer { condition.unlock() }
        guard pending[request.id] == nil else { return }
        let job = MentionJob(request: request)
        try save(job)
        pending[request.id] = (job, Date())
        condition.broadcast()
    }

    /// Loads the jobs persisted in the folder and starts the workers; does nothing when they run already.
    public func start() {
        condition.lock()
        defer { condition.unlock() }
        guard workers == 0 else { return }
        stopping = false
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name),
                  let job = try? JSONDecoder().decode(MentionJob.self, from: data) else {
                log("webmention queue: \(name) is unreadable; left in \(folder)")
                continue
            }
            if pending[job.request.id] == nil { pending[job.request.id] = (job, Date()) }
        }
        workers = concurrency
        for _ in 0..<concurrency { Thread.detachNewThread { [self] in workLoop() } }
    }

    /// Stops the workers once their current job is done; waiting jobs stay persisted for the next start.
    public func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while workers > 0 { condition.wait() }
        condition.unlock()
    }

    /// Jobs waiting or running.
    public var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return pending.count
    }

    /// Waits until no job is left, at most `timeout` seconds; false on timeout.
    public func waitUntilEmpty(timeout: TimeInterval) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while !pending.isEmpty {
            guard condition.wait(until: deadline) else { return pending.isEmpty }
        }
        return true
    }

    private func workLoop() {
        condition.lock()
        while !stopping {
            let now = Date()
            let next = pending.filter { !running.contains($0.key) }.min { ($0.value.due, $0.key) < ($1.value.due, $1.key) }
            guard let (id, entry) = next else {
                condition.wait()
                continue
            }
            guard entry.due <= now else {
                _ = condition.wait(until: entry.due)
                continue
            }
            running.insert(id)
            condition.unlock()
            let done = work(entry.job)
            condition.lock()
            running.remove(id)
            finish(entry.job, done: done)
            condition.broadcast()
        }
        workers -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Removes a finished job, or schedules its next try; called with the lock held.
    private func finish(_ job: MentionJob, done: Bool) {
        let id = job.request.id
        var next = job
        next.attempts += 1
        if !done, next.attempts <= retryDelays.count {
            pending[id] = (next, Date(timeIntervalSinceNow: retryDelays[next.attempts - 1]))
            do { try save(next) } catch { log("webmention queue: \(error)") }
            return
        }
        if !done { log("webmention \(job.request.source) -> \(job.request.target): given up after \(next.attempts) tries") }
        pending[id] = nil
        unlink(folder + "/" + id + ".json")
        DurableFile.syncFolder(folder)
    }

    private func save(_ job: MentionJob) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try DurableFile.write(encoder.encode(job), to: folder + "/" + job.request.id + ".json")
    }
}
