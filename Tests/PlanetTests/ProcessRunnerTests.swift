import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PlanetProcess
import Testing

/// The one process runner: output of any size on both pipes at once, exit statuses, and a deadline that kills the
/// program with what it started.
@Suite struct ProcessRunnerTests {
    @Test func bothOutputsAreReadWhateverTheirSize() throws {
        let result = try ProcessRunner.run(
            ["sh", "-c", "head -c 300000 /dev/zero >&2; head -c 200000 /dev/zero; echo \"$PLANET_RUNNER_TEST\"; exit 3"],
            environment: ["PLANET_RUNNER_TEST": "été"], deadline: 60)
        #expect(result.status == 3)
        #expect(result.stderr.count == 300_000)
        #expect(result.stdout.count == 200_000 + "été\n".utf8.count)
        #expect(result.stdout.suffix(5) == Data("\0été\n".utf8).suffix(5))
    }

    @Test func theInputIsWrittenWhileTheOutputsAreRead() throws {
        let input = Data((0..<400_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let echoed = try ProcessRunner.run(["sh", "-c", "cat; cat /dev/null >&2"], input: input, deadline: 60)
        #expect(echoed.status == 0)
        #expect(echoed.stdout == input)
        #expect(try ProcessRunner.run(["wc", "-c"], input: Data(), deadline: 60).stdout == Data("0\n".utf8))
    }

    @Test func aProgramThatDoesNotReadItsInputEndsNormally() throws {
        // The pipe's reader is gone: the writer gets EPIPE, not SIGPIPE (which would end the test process).
        let result = try ProcessRunner.run(["sh", "-c", "exec 0<&-; echo done"], input: Data(count: 1_000_000), deadline: 60)
        #expect(result.status == 0)
        #expect(result.stdout == Data("done\n".utf8))
    }

    @Test func aMissingProgramIsNotStarted() {
        #expect(throws: ProcessFailure.self) { try ProcessRunner.run(["planet-no-such-program-\(UUID().uuidString)"], deadline: 5) }
        #expect(throws: ProcessFailure.notStarted(reason: "no program")) { try ProcessRunner.run([], deadline: 5) }
    }

    @Test func aProgramPastItsDeadlineIsKilledWithItsChildren() async throws {
        let folder = try Run.temporaryFolder("planet-runner")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("child.pid").path
        #expect(throws: ProcessFailure.timedOut(seconds: 0.5)) {
            try ProcessRunner.run(["sh", "-c", "sleep 60 & echo $! > '\(pidFile)'; wait"], deadline: 0.5)
        }
        let child = try #require(pid_t(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        // Gone, or a zombie that only waits for its new parent to read its end.
        let gone = await IntakeProcess.wait(timeout: 10) {
            let stat = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8)) ?? ""
            return stat.isEmpty || stat.split(separator: ")").last?.split(separator: " ").first == "Z"
        }
        #expect(gone, "the shell's child \(child) was killed with it")
        #expect(ProcessFailure.timedOut(seconds: 2).description == "timed out after 2 s")
    }
}
