import Foundation
import Testing

/// A build killed at any moment (SIGKILL) leaves the output byte-identical to the previous complete site
/// or to the new one, never a mixture; the next build removes what the killed one left behind.
@Suite(.serialized) struct KillTests {
    /// A site of `posts` posts whose every page says `version`.
    static func writeSite(at folder: URL, posts: Int, version: String) throws {
        var files: [String: Data] = [
            "planet.yaml": Data("title: Planète \(version)\nbase_url: https://kill.example.org\nlanguage: fr\n".utf8),
        ]
        for author in 0..<10 { files["authors/membre-\(author)/author.yaml"] = Data("name: Membre \(author)\n".utf8) }
        for index in 0..<posts {
            let day = 1 + index % 28
            let body = String(repeating: "Un paragraphe de texte pour la version \(version), avec *emphase* et #hashtag\(index % 20).\n\n", count: 12)
            files["authors/membre-\(index % 10)/posts/2024-01-\(day < 10 ? "0" : "")\(day)-billet-\(index).md"] = Data(
                "---\ntitle: Billet \(index) \(version)\ndate: 2024-01-\(day < 10 ? "0" : "")\(day)\ntags: [t\(index % 30)]\n---\n\(body)".utf8)
        }
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("authors"))
        try Run.write(files, to: folder)
    }

    /// Where a build was when SIGKILL stopped it, told afterwards from the steps it printed with
    /// `--verbose` and from the writer's folders beside the output, which a kill leaves as they were.
    enum Phase: String, CaseIterable {
        /// It had not printed "rendering": it was loading or building, and the writer had not started.
        case beforeWriter
        /// The writer was making a staging tree: one named after the build's process is there.
        case writingStaging
        /// The writer was making the spare tree or bringing it up to date: it says so in its journal
        /// first; when the journal named no spare, it makes the folder anew.
        case writingSpare
        /// The writer had started but left no sign of writing yet.
        case writerStarting
        /// The new site was in place (or the build had ended).
        case published
    }

    @Test func killedBuildsLeaveTheOldSiteOrTheNewOne() throws {
        let folder = try Run.temporaryFolder("planet-kill")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let output = folder.appendingPathComponent("out")
        let log = folder.appendingPathComponent("build.log")
        var trees: [String: [String: Data]] = [:]
        var writerTime = 0.0
        for version in ["ancienne", "nouvelle"] {
            try Self.writeSite(at: site, posts: 400, version: version)
            let reference = folder.appendingPathComponent("reference-\(version)")
            let build = try Self.startBuild(site: site, output: reference, log: log)
            #expect(Self.waitFor("rendering", in: log, while: build))
            let writing = Date()
            build.waitUntilExit()
            writerTime = max(writerTime, Date().timeIntervalSince(writing))
            #expect(build.terminationStatus == 0)
            trees[version] = try Run.tree(reference)
        }
        #expect(trees["ancienne"] != trees["nouvelle"])
        try Self.writeSite(at: site, posts: 400, version: "ancienne")
        #expect(try Run.planet(["build", site.path, "--output", output.path, "--quiet"]).status == 0)
        #expect(try Run.tree(output) == trees["ancienne"])

        // Each third kill lands as the build starts, the others at a tenth of the writer's time after
        // it starts, a quarter, 0.4, 0.6, once and twice. Each ninth build (and after nine, each third
        // until it is seen) finds no manifest of the published site, as after a kill between the swap
        // and its saving, so it writes a staging tree.
        // At least nine kills, and more until each phase but `writerStarting` is seen, within bounds.
        var published = "ancienne", target = "nouvelle"
        var phases: [Phase: Int] = [:]
        var landed = 0
        let deadline = Date().addingTimeInterval(240)
        var attempt = 0
        let required: [Phase] = [.beforeWriter, .writingStaging, .writingSpare]
        while attempt < 30, Date() < deadline, attempt < 9 || required.contains(where: { phases[$0] == nil }) {
            target = published == "ancienne" ? "nouvelle" : "ancienne"
            try Self.writeSite(at: site, posts: 400, version: target)
            if attempt % 9 == 4 || (attempt > 9 && attempt % 3 == 1 && phases[.writingStaging] == nil) {
                unlink(Self.stateFolder(besides: output) + "/manifest.journal")
            }
            let before = Self.spareState(besides: output)
            let build = try Self.startBuild(site: site, output: output, log: log)
            if attempt % 3 == 0 {
                _ = Self.waitFor("loading", in: log, while: build)
            } else {
                _ = Self.waitFor("rendering", in: log, while: build)
                let fractions = [0.1, 0.6, 0.25, 1.0, 0.4, 2.0]
                usleep(UInt32(writerTime * 1_000_000 * fractions[(attempt / 3 * 2 + attempt % 3 - 1) % fractions.count]))
            }
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            if build.terminationReason == .uncaughtSignal { landed += 1 }
            let now = try Run.tree(output)
            let phase: Phase
            if now == trees[target] {
                phase = .published
                published = target
            } else if now == trees[published] {
                let steps = try String(contentsOf: log, encoding: .utf8)
                phase = if !steps.contains("rendering") {
                    .beforeWriter
                } else if Self.hasStaging(of: build, besides: output) {
                    .writingStaging
                } else if Self.spareState(besides: output).isBeingWritten(since: before) {
                    .writingSpare
                } else {
                    .writerStarting
                }
            } else {
                Issue.record("after a kill at attempt \(attempt), the output mixes two sites")
                break
            }
            phases[phase, default: 0] += 1
            attempt += 1
        }
        print("kill test: \(attempt) builds, \(landed) killed; \(Phase.allCases.map { "\($0): \(phases[$0] ?? 0)" }.joined(separator: ", "))")
        for phase in required {
            #expect(phases[phase] ?? 0 > 0, "no kill landed in the phase \(phase)")
        }
        #expect(try Run.planet(["build", site.path, "--output", output.path, "--quiet"]).status == 0)
        #expect(try Run.tree(output) == trees[target])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("planet-staging") }
        #expect(leftovers == [])
    }

    /// `planet build --verbose`, its steps printed to `log` as they begin.
    static func startBuild(site: URL, output: URL, log: URL) throws -> Process {
        try Data().write(to: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Run.planet)
        process.arguments = ["build", site.path, "--output", output.path, "--verbose"]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits until `log` holds `step`, while `process` runs, for at most a minute; true when it does.
    static func waitFor(_ step: String, in log: URL, while process: Process) -> Bool {
        let deadline = Date().addingTimeInterval(60)
        let printed = { String(decoding: FileManager.default.contents(atPath: log.path) ?? Data(), as: UTF8.self).contains(step) }
        while process.isRunning, Date() < deadline {
            if printed() { return true }
            usleep(500)
        }
        return printed()
    }

    /// Whether the staging folder of the build `process` is beside `output`: it was making a new tree.
    static func hasStaging(of process: Process, besides output: URL) -> Bool {
        let staging = output.deletingLastPathComponent().path + "/.\(output.lastPathComponent).planet-staging-\(process.processIdentifier)"
        return FileManager.default.fileExists(atPath: staging)
    }

    /// The spare tree beside `output`: the size and change time of the writer's journal, and the folder's
    /// inode and change time, which change when it is made anew (an inode alone may be reused) or written in.
    struct SpareState {
        var journal: [Int]?
        var folder: [Int]?

        /// Whether a build that began at `start` was writing the spare tree: it appended to the journal
        /// (that the spare is changing) or made the folder anew or wrote in it.
        func isBeingWritten(since start: SpareState) -> Bool {
            journal != start.journal || folder != start.folder
        }
    }

    /// The writer's own folder beside `output`, with the spare tree and the manifests.
    static func stateFolder(besides output: URL) -> String {
        output.deletingLastPathComponent().path + "/.\(output.lastPathComponent).planet"
    }

    static func spareState(besides output: URL) -> SpareState {
        let folder = stateFolder(besides: output)
        var status = stat()
        let identity = stat(folder + "/spare", &status) == 0
            ? [Int(status.st_ino), status.st_ctim.tv_sec, status.st_ctim.tv_nsec] : nil
        let journal = stat(folder + "/manifest.journal", &status) == 0
            ? [Int(status.st_ino), Int(status.st_size), status.st_ctim.tv_sec, status.st_ctim.tv_nsec] : nil
        return SpareState(journal: journal, folder: identity)
    }
}
