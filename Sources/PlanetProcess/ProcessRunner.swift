import CPlanetSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs programs (git) to their end or to a deadline: the one way planet starts a process. A program runs in a
/// process group of its own, so that at its deadline it is killed (SIGKILL) with every process it started
/// (`git-remote-http`, `ssh`...). Both of its outputs are read as they come, so that neither pipe fills up.
public enum ProcessRunner {
    /// The longest deadline honoured, in seconds (about 30 years): a longer one is as good as none.
    static let longestDeadline: TimeInterval = 1e9

    /// Runs `arguments[0]`, looked up on PATH, with the other arguments, in this process's environment with the
    /// variables of `environment` set, and waits for its end at most `deadline` seconds. Blocks the calling thread.
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], deadline: TimeInterval
    ) throws(ProcessFailure) -> ProcessOutput {
        guard let program = arguments.first else { throw .notStarted(reason: "no program") }
        var output: [Int32] = [-1, -1], errors: [Int32] = [-1, -1]
        guard pipe(&output) == 0 else { throw .notStarted(reason: String(cString: strerror(errno))) }
        guard pipe(&errors) == 0 else {
            let reason = String(cString: strerror(errno))
            output.forEach { close($0) }
            throw .notStarted(reason: reason)
        }
        // Other programs started meanwhile do not inherit them (and a child of `planet_spawn_in_own_group` inherits
        // nothing but its three standard descriptors anyway).
        for descriptor in output + errors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let spawned = withCStrings(arguments) { argv in
            withCStrings(variables) { envp in planet_spawn_in_own_group(&pid, program, argv, envp, output[1], errors[1]) }
        }
        close(output[1])
        close(errors[1])
        guard spawned == 0 else {
            close(output[0])
            close(errors[0])
            throw .notStarted(reason: String(cString: strerror(spawned)))
        }
        let clock = ContinuousClock()
        let end = clock.now + .seconds(min(max(deadline, 0), longestDeadline))
        let (stdout, stderr, collectedInTime) = collect(output[0], errors[0], until: end, clock: clock)
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

    /// Reads both pipes until both are closed, or until `end` (false then); closes them.
    private static func collect(_ out: Int32, _ err: Int32, until end: ContinuousClock.Instant, clock: ContinuousClock) -> (Data, Data, Bool) {
        var streams = [pollfd(fd: out, events: Int16(POLLIN), revents: 0), pollfd(fd: err, events: Int16(POLLIN), revents: 0)]
        var collected = [Data(), Data()]
        var buffer = [UInt8](repeating: 0, count: 65_536)
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
            for index in streams.indices where streams[index].fd >= 0 && streams[index].revents != 0 {
                let count = read(streams[index].fd, &buffer, buffer.count)
                if count > 0 {
                    collected[index].append(contentsOf: buffer[0..<count])
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    close(streams[index].fd)
                    streams[index].fd = -1
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
