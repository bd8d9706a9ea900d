import Foundation

/// The end of a long-running command (`serve`, `intake`): SIGINT (Ctrl-C) or SIGTERM.
public enum Interrupts {
    /// Returns on SIGINT or SIGTERM; until then, both are caught instead of ending the process.
    public static func wait() async {
        let interrupts = AsyncStream<Int32> { continuation in
            nonisolated(unsafe) let sources = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { continuation.yield(number) }
                source.resume()
                return source
            }
            continuation.onTermination = { _ in
                for source in sources { source.cancel() }
            }
        }
        for await _ in interrupts { return }
    }
}
