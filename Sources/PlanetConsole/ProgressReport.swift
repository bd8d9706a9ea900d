import Foundation

/// Shows how far a long command has gone. Nothing appears during the first second; after it, a bar redrawn
/// on standard error when it is a terminal, otherwise one plain line per step. `--verbose` prints every step
/// with its time on standard output; `--quiet` shows nothing.
public final class ProgressReport: @unchecked Sendable {
    private let console: Console
    private let steps: [String]
    private let started = Date()
    private let lock = NSLock()
    private var current = 0
    private var barDrawn = false
    private var lastPlainStep = -1
    private var timer: DispatchSourceTimer?
    private static let delay = 1.0
    private static let width = 24

    public init(console: Console, steps: [String]) {
        self.console = console
        self.steps = steps
        guard console.verbosity != .quiet else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + Self.delay, repeating: 0.1)
        timer.setEventHandler { [weak self] in self?.show() }
        self.timer = timer
        timer.resume()
    }

    /// Marks the start of a step, one of `steps`.
    public func begin(_ step: String) {
        lock.lock()
        current = steps.firstIndex(of: step) ?? current
        let elapsed = Date().timeIntervalSince(started)
        lock.unlock()
        console.detail("\(String(format: "%6.2f", elapsed)) s  \(step)")
        if elapsed >= Self.delay { show() }
    }

    /// Stops the reporting and clears the bar, before the command prints its results.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        timer?.cancel()
        timer = nil
        if barDrawn {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            barDrawn = false
        }
    }

    private func show() {
        lock.lock()
        defer { lock.unlock() }
        guard timer != nil else { return }
        let elapsed = Date().timeIntervalSince(started)
        let step = steps.isEmpty ? "" : steps[current]
        if console.errorIsTerminal {
            let filled = steps.isEmpty ? 0 : Self.width * current / steps.count
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.width - filled)
            let line = "\r\u{1B}[K\(bar) \(current + 1)/\(steps.count) \(step) \(String(format: "%.1f", elapsed)) s"
            FileHandle.standardError.write(Data(line.utf8))
            barDrawn = true
        } else if console.verbosity == .normal, lastPlainStep != current {
            lastPlainStep = current
            FileHandle.standardError.write(Data("\(step)… (\(String(format: "%.1f", elapsed)) s)\n".utf8))
        }
    }
}
