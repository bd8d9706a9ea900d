import Foundation
import PlanetBuild
import PlanetCore
import PlanetLoad
import Testing

/// Incremental builds equal cold builds, byte for byte: from a seed, random edits to a small site on disk
/// (`PropertySite`), and after every step an incremental build (the input index, the build cache and the
/// previous output, as `planet build` runs it) and a cold build of a copy into a fresh folder, whose trees
/// and diagnostics must be the same. `PLANET_PROPERTY_SEED` and `PLANET_PROPERTY_STEPS` replay a seed or run longer.
@Suite struct IncrementalPropertyTests {
    static let environment = ProcessInfo.processInfo.environment
    static let steps = environment["PLANET_PROPERTY_STEPS"].flatMap(Int.init) ?? 200
    static let seed = environment["PLANET_PROPERTY_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64(UInt32.max))

    /// What a build gave, to be compared: the diagnostics, and the output tree when the site was built.
    struct Result: Equatable {
        var diagnostics: [String]
        var tree: [String: Data]?
    }

    @Test func incrementalBuildsEqualColdBuilds() throws {
        print("IncrementalPropertyTests: seed \(Self.seed), \(Self.steps) steps (PLANET_PROPERTY_SEED=\(Self.seed) to replay)")
        var random = SeededGenerator(seed: Self.seed)
        let folder = try Run.temporaryFolder("planet-property")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site"), output = folder.appendingPathComponent("public")
        var model = PropertySite()
        var written: [String: Data] = [:]
        try Self.sync(model.files, over: &written, in: site, random: &random)
        var options = BuildPipeline.Options(now: Fixtures.now)
        _ = try Self.incremental(site, output, options)
        var counts = (built: 0, failed: 0, upToDate: 0)

        for step in 1...Self.steps {
            let edit: String
            switch Int.random(in: 0..<20, using: &random) {
            case 0: edit = "nothing"
            case 1: edit = try Self.touch(written, in: site, random: &random)
            case 2: edit = try Self.sameSizeEdit(&written, in: site, random: &random)
            case 3:
                options.now += Double(Int.random(in: 1...400, using: &random)) * 86_400
                edit = "the clock moves to \(options.now)"
            case 4:
                options.includeDrafts.toggle()
                edit = "drafts \(options.includeDrafts)"
            default:
                edit = model.edit(&random)
                try Self.sync(model.files, over: &written, in: site, random: &random)
            }
            let context = "seed \(Self.seed), step \(step): \(edit)"
            let (incremental, upToDate) = try Self.incremental(site, output, options)
            let cold = try Self.cold(site, in: folder.appendingPathComponent("cold-\(step)"), options)
            #expect(incremental.diagnostics == cold.diagnostics, "\(context)")
            #expect(Set(incremental.tree?.keys ?? [:].keys) == Set(cold.tree?.keys ?? [:].keys), "\(context): the same files")
            if let expected = cold.tree, let actual = incremental.tree {
                let different = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted()
                #expect(different.isEmpty, "\(context): different bytes in \(different.prefix(5))")
            }
            if cold.tree == nil { counts.failed += 1 } else if upToDate { counts.upToDate += 1 } else { counts.built += 1 }
            if edit == "nothing", cold.tree != nil {
                #expect(upToDate, "\(context): a build with nothing changed does nothing")
            }
            if incremental != cold {
                Issue.record("IncrementalPropertyTests failed: \(context) (PLANET_PROPERTY_SEED=\(Self.seed))")
                return
            }
        }
        print("IncrementalPropertyTests: \(counts.built) builds, \(counts.upToDate) with nothing to do, \(counts.failed) failed alike")
    }

    /// Builds `site` into `output` as `planet build` does, keeping its cache and index.
    static func incremental(_ site: URL, _ output: URL, _ options: BuildPipeline.Options) throws -> (Result, upToDate: Bool) {
        switch try SiteBuild.run(folder: site.path, output: output.path, options: options) {
        case .upToDate(let summary):
            return (Result(diagnostics: summary.diagnostics.map(\.rendered), tree: try Run.tree(output)), true)
        case .built(let summary, _, _):
            return (Result(diagnostics: summary.diagnostics.map(\.rendered), tree: try Run.tree(output)), false)
        case .failed(let diagnostics):
            return (Result(diagnostics: diagnostics.map(\.rendered), tree: nil), false)
        }
    }

    /// Copies `site` without its cache into `folder` and builds it into a fresh output there.
    static func cold(_ site: URL, in folder: URL, _ options: BuildPipeline.Options) throws -> Result {
        let copy = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: site, to: copy)
        try? FileManager.default.removeItem(at: copy.appendingPathComponent(".planet/cache"))
        return try incremental(copy, folder.appendingPathComponent("public"), options).0
    }

    /// Makes the folder hold `files`: removes what is gone (and the folders left empty), writes what is new
    /// or different, in place or by a rename over it. Half the writes get a modification time in the past, as `git checkout` or `cp -p` give.
    static func sync(_ files: [String: Data], over written: inout [String: Data], in site: URL, random: inout SeededGenerator) throws {
        for path in written.keys where files[path] == nil {
            try FileManager.default.removeItem(at: site.appendingPathComponent(path))
            var parent = site.appendingPathComponent(path).deletingLastPathComponent()
            while parent.path != site.path, (try? FileManager.default.contentsOfDirectory(atPath: parent.path))?.isEmpty == true {
                try FileManager.default.removeItem(at: parent)
                parent = parent.deletingLastPathComponent()
            }
        }
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where written[path] != data {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: Bool.random(using: &random) ? .atomic : [])
            if Bool.random(using: &random) { setModified(url, secondsAgo: Int.random(in: 10...10_000_000, using: &random)) }
        }
        written = files
    }

    /// Writes a file again with the same bytes: a new modification time, nothing else.
    static func touch(_ written: [String: Data], in site: URL, random: inout SeededGenerator) throws -> String {
        let path = written.keys.sorted().randomElement(using: &random)!
        try written[path]!.write(to: site.appendingPathComponent(path))
        return "touch \(path)"
    }

    /// Changes one letter of a post (same size) and puts its modification time back: only the status
    /// change time (or the racy rule) can tell.
    static func sameSizeEdit(_ written: inout [String: Data], in site: URL, random: inout SeededGenerator) throws -> String {
        guard let path = written.keys.filter({ $0.hasSuffix(".md") }).sorted().randomElement(using: &random) else { return "nothing" }
        var bytes = [UInt8](written[path]!)
        guard let index = bytes.lastIndex(where: { (UInt8(ascii: "a")...UInt8(ascii: "y")).contains($0) }) else { return "nothing" }
        bytes[index] += 1
        let url = site.appendingPathComponent(path)
        var status = stat()
        stat(url.path, &status)
        try Data(bytes).write(to: url)
        var times = [status.st_atim, status.st_mtim]
        utimensat(AT_FDCWD, url.path, &times, 0)
        written[path] = Data(bytes)
        return "same-size edit of \(path), modification time kept"
    }

    static func setModified(_ url: URL, secondsAgo: Int) {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        time.tv_sec -= secondsAgo
        var times = [time, time]
        utimensat(AT_FDCWD, url.path, &times, 0)
    }
}
