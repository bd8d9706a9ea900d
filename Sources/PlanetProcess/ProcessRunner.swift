import CPlanetSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs programs (git, sendmail) to their end or to a deadline: the one way planet starts a process. A program runs
/// in a process group of its own, so that at its deadline it is killed (SIGKILL) with every process it started
/// (`git-remote-http`, `ssh`...). Both of its outputs are read as they come, and its input is written as it reads
/// it, so that no pipe fills up.
public enum ProcessRunner {
    /// The longest deadline honoured, in seconds (about 30 years): a longer one is as good as none.
    static let longestDeadline: TimeInterval = 1e9

    /// Runs `arguments[0]`, looked up on PATH, with the other arguments, in this process's environment with the
    /// variables of `environment` set, and waits for its end at most `deadline` seconds. Its standard input is
    /// `input` (then its end), or empty when `input` is nil. Blocks the calling thread.
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], input: Data? = nil, deadline: TimeInterval
    ) throws(ProcessFailure) -> ProcessOutput {
        guard let program = arguments.first else { throw .notStarted(reason: "no program") }
        let pipes = try makePipes(input == nil ? 2 : 3)
        let (output, errors, feed) = (pipes[0], pipes[1], pipes.count > 2 ? pipes[2] : [-1, -1])
        // Other programs started meanwhile do not inherit them (and a child of `planet_spawn_in_own_group` inherits
        // nothing but its three standard descriptors anyway).
        for descriptor in pipes.joined() { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        // The input is written as the program reads it, between reads of its outputs: never blocking on a full pipe.
        if feed[1] >= 0 { _ = fcntl(feed[1], F_SETFL, fcntl(feed[1], F_GETFL) | O_NONBLOCK) }
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let spawned = withCStrings(arguments) { argv in
            withCStrings(variables) { envp in planet_spawn_in_own_group(&pid, program, argv, envp, feed[0], output[1], errors[1]) }
        }
        for descriptor in [output[1], errors[1], feed[0]] where descriptor >= 0 { close(descriptor) }
        guard spawned == 0 else {
            for descriptor in [output[0], errors[0], feed[1]] where descriptor >= 0 { close(descriptor) }
            throw .notStarted(reason: String(cString: strerror(spawned)))
        }
        let clock = ContinuousClock()
        let end = clock.now + .seconds(min(max(deadline, 0), longestDeadline))
        let (stdout, stderr, collectedInTime) = collect(output[0], errors[0], feeding: feed[1], with: input ?? Data(), until: end, clock: clock)
        var inTime = collectedInTime
        var status: Int32 = 0
        while inTime {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0, errno != EINTR {
                // Reaped elsewhere: its end is unknown, told as status 255.
                status = 255 << 8
                break
            }
            if clock.now >= end { inTime = false } else { usleep(5_000) }
        }
        guard inTime else {
            kill(-pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            throw .timedOut(seconds: deadline)
        }
        return ProcessOutput(status: exitStatus(status), stdout: stdout, stderr: stderr)
    }

    /// `count` pipes (read end, write end), or none: those made are closed when one cannot be.
    private static func makePipes(_ count: Int) throws(ProcessFailure) -> [[Int32]] {
        var pipes: [[Int32]] = []
        for _ in 0..<count {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else {
                let reason = String(cString: strerror(errno))
                pipes.joined().forEach { close($0) }
                throw .notStarted(reason: reason)
            }
            pipes.append(ends)
        }
        return pipes
    }

    /// Reads both output pipes until both are closed, and writes `input` to `feed` (when not negative) until all of
    /// it is written or the program stops reading, or until `end` (false then); closes them.
    private static func collect(
        _ out: Int32, _ err: Int32, feeding feed: Int32, with input: Data, until end: ContinuousClock.Instant, clock: ContinuousClock
    ) -> (Data, Data, Bool) {
        var streams = [pollfd(fd: out, events: Int16(POLLIN), revents: 0), pollfd(fd: err, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: feed, events: Int16(POLLOUT), revents: 0)]
        var collected = [Data(), Data()]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var written = 0
        if feed >= 0, input.isEmpty {
            close(feed)
            streams[2].fd = -1
        }
        var inTime = true
        while streams.contains(where: { $0.fd >= 0 }) {
            let left = clock.now.duration(to: end)
            guard left > .zero else {
                inTime = false
                break
            }
            let milliseconds = min(Int(left.components.seconds) * 1000 + Int(left.components.attoseconds / 1_000_000_000_000_000) + 1, Int(Int32.max))
            let ready = poll(&streams, nfds_t(streams.count), Int32(milliseconds))
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for index in 0..<2 where streams[index].fd >= 0 && streams[index].revents != 0 {
                let count = read(streams[index].fd, &buffer, buffer.count)
                if count > 0 {
                    collected[index].append(contentsOf: buffer[0..<count])
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    close(streams[index].fd)
                    streams[index].fd = -1
                }
            }
            if streams[2].fd >= 0, streams[2].revents != 0 {
                let count = input.withUnsafeBytes { bytes in
                    planet_write_without_sigpipe(feed, bytes.baseAddress! + written, min(bytes.count - written, 65_536))
                }
                if count > 0 { written += count }
                // All of it written, or the program closed its input (EPIPE) or failed: its end is the input's end.
                if written == input.count || (count < 0 && errno != EINTR && errno != EAGAIN) {
                    close(feed)
                    streams[2].fd = -1
                }
            }
        }
        for stream in streams where stream.fd >= 0 { close(stream.fd) }
        return (collected[0], collected[1], inTime)
    }

    /// The exit status, or 128 + the signal's number when a signal ended the program (as a shell reports it).
    private static func exitStatus(_ status: Int32) -> Int32 {
        status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// `strings` as a NULL-terminated array of C strings, for the time of `body`.
    private static func withCStrings<T>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> T) -> T {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
