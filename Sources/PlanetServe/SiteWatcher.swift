import Foundation
import PlanetCore
import PlanetLoad
import Synchronization

/// Notices changes to the files the build reads (planet.yaml, authors/, comments/, pages/, static/, themes/, the feed
/// cache), from the moment it is made: on Linux through the kernel's events (`FolderEvents`), which name each changed
/// path, so that a rebuild reads and `stat`s only those; elsewhere, or past the system's limit of watches, by polling
/// (one `stat` per file four times a second). Its own thread waits for changes; `signals` wakes the rebuild and `take`
/// hands it everything that changed since the last one, in one batch.
final class SiteWatcher: Sendable {
    /// How often the fallback polls.
    static let pollInterval: TimeInterval = 0.25
    /// After a first event, the batch waits for this much quiet (milliseconds), so that one save by an editor (a
    /// temporary file renamed over the file, a delete then a create) makes one rebuild.
    static let settling: Int32 = 15
    /// A batch is handed over after this long (seconds) even if events keep coming.
    static let longestBatch: TimeInterval = 0.5

    let folder: String
    /// One element after changes were noticed (several changes in a row make one).
    let signals: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let state = Mutex<(pending: SiteChanges?, stopped: Bool, usesEvents: Bool)>((nil, false, false))

    /// Starts watching `folder` (by polling with `polls`); returns once the watch is in place, so that no change made
    /// afterwards is missed.
    init(folder: String, polls: Bool = false) {
        self.folder = folder
        (signals, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
        let ready = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in run(whenReady: ready, polls: polls) }
        thread.name = "planet serve: watcher"
        thread.start()
        ready.wait()
    }

    /// Whether the kernel's events are used, rather than polling.
    var usesEvents: Bool { state.withLock { $0.usesEvents } }

    /// What changed since the last call; nil when nothing did.
    func take() -> SiteChanges? {
        state.withLock { state in
            defer { state.pending = nil }
            return state.pending
        }
    }

    /// Ends the watch and `signals`.
    func stop() {
        state.withLock { $0.stopped = true }
        continuation.finish()
    }

    private var stopped: Bool { state.withLock { $0.stopped } }

    private func post(_ changes: SiteChanges) {
        if case .paths(let paths) = changes, paths.isEmpty { return }
        state.withLock { state in
            if state.pending == nil { state.pending = changes } else { state.pending!.merge(changes) }
        }
        continuation.yield()
    }

    private func run(whenReady ready: DispatchSemaphore, polls: Bool) {
        if !polls, let events = FolderEvents(root: SiteLoader.resolvedRoot(of: folder) ?? folder) {
            state.withLock { $0.usesEvents = true }
            ready.signal()
            guard !watch(events) else { return }
            state.withLock { $0.usesEvents = false }
            poll(ready: nil, lostEvents: true)
        } else {
            poll(ready: ready, lostEvents: false)
        }
    }

    /// Hands over the events' batches until stopped (true), or until the events fail (false).
    private func watch(_ events: FolderEvents) -> Bool {
        while !stopped {
            do {
                guard var batch = try events.next(milliseconds: 100) else { continue }
                let started = Date()
                while Date().timeIntervalSince(started) < Self.longestBatch, let more = try events.next(milliseconds: Self.settling) {
                    batch.merge(more)
                }
                post(batch)
            } catch {
                return false
            }
        }
        return true
    }

    /// Compares every file's stamp with the previous ones, four times a second.
    private func poll(ready: DispatchSemaphore?, lostEvents: Bool) {
        var stamps = SiteLoader.stamps(folder: folder)
        ready?.signal()
        if lostEvents { post(.unknown) }
        while !stopped {
            Thread.sleep(forTimeInterval: Self.pollInterval)
            let current = SiteLoader.stamps(folder: folder)
            guard current != stamps else { continue }
            post(.paths(Set(current.keys).union(stamps.keys).filter { current[$0] != stamps[$0] }))
            stamps = current
        }
    }
}
