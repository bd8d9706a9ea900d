import Foundation
import PlanetCore
@testable import PlanetWrite
import Testing

/// The writer's journal and `SiteWriter.apply`: writes of the changed and removed paths alone, checked against a
/// model of the site, and builds killed at each step of a write.
@Suite struct SiteWriterJournalTests {
    /// A site folder and its output, removed with the test.
    struct Place {
        let folder: URL
        var output: String { folder.path + "/public" }
        var journal: String { folder.path + "/.public.planet/manifest.journal" }
        var spare: String { folder.path + "/.public.planet/spare" }

        init() throws { folder = try Run.temporaryFolder("planet-journal") }

        @discardableResult
        func write(_ site: [String: String], fingerprints: [String: UInt64] = [:]) throws -> WriteReport {
            try SiteWriter.write(files(site, fingerprints), siteRoot: folder.path, to: output)
        }

        func apply(_ changed: [String: String], fingerprints: [String: UInt64] = [:], removed: [String] = [], published: UInt64) throws -> WriteReport? {
            try SiteWriter.apply(OutputPlan(files: files(changed, fingerprints)), removed: removed, siteRoot: folder.path, to: output, published: published)
        }

        var stamp: UInt64 { get throws { try #require(SiteWriter.publishedStamp(output: output)) } }

        /// The published files' texts; fails on a folder left empty.
        func tree() throws -> [String: String] {
            let enumerator = try #require(FileManager.default.enumerator(atPath: output))
            while let relative = enumerator.nextObject() as? String {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: output + "/" + relative, isDirectory: &isDirectory), isDirectory.boolValue {
                    #expect(try !FileManager.default.contentsOfDirectory(atPath: output + "/" + relative).isEmpty, "empty folder \(relative)")
                }
            }
            return try Run.tree(URL(fileURLWithPath: output)).mapValues { String(decoding: $0, as: UTF8.self) }
        }

        func inode(_ path: String) throws -> Int? {
            try FileManager.default.attributesOfItem(atPath: output + "/" + path)[.systemFileNumber] as? Int
        }

        private func files(_ site: [String: String], _ fingerprints: [String: UInt64]) -> [OutputFile] {
            site.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, text: $0.value, fingerprint: fingerprints[$0.key]) }
        }
    }

    @Test func appliesChangedAndRemovedPaths() throws {
        let place = try Place()
        defer { try? FileManager.default.removeItem(at: place.folder) }
        try place.write(["a/index.html": "a", "b/index.html": "b", "c/d/index.html": "c", "style.css": "s"], fingerprints: ["a/index.html": 1, "b/index.html": 2])
        let kept = try place.inode("a/index.html")
        let first = try place.stamp

        let report = try place.apply(["b/index.html": "b2", "e/atom.xml": "feed"], fingerprints: ["b/index.html": 20], removed: ["c/d/index.html"], published: first)
        #expect(report == WriteReport(written: 2, removed: 1, pages: 2, feeds: 1))
        #expect(try place.tree() == ["a/index.html": "a", "b/index.html": "b2", "e/atom.xml": "feed", "style.css": "s"])
        #expect(try place.inode("a/index.html") == kept)
        #expect(SiteWriter.previousFingerprints(output: place.output) == ["a/index.html": 1, "b/index.html": 20])

        // A stamp of a site no longer published: nothing is written.
        #expect(try place.apply(["a/index.html": "stale"], published: first) == nil)
        #expect(try place.tree()["a/index.html"] == "a")

        // The spare tree catches up with what the previous write changed, and only the bytes that differ count.
        let second = try place.apply(["a/index.html": "a2", "style.css": "s"], removed: ["nothing/here.html"], published: try place.stamp)
        #expect(second == WriteReport(written: 1, removed: 0, pages: 2, feeds: 1))
        #expect(try place.tree() == ["a/index.html": "a2", "b/index.html": "b2", "e/atom.xml": "feed", "style.css": "s"])
        #expect(try place.apply([:], removed: [], published: try place.stamp) == WriteReport(written: 0, removed: 0, pages: 2, feeds: 1))
    }

    /// A write of changes appends to the journal: the snapshot before it is left as it was.
    @Test func appendsToTheJournal() throws {
        let place = try Place()
        defer { try? FileManager.default.removeItem(at: place.folder) }
        try place.write(Dictionary(uniqueKeysWithValues: (0..<200).map { ("p/\($0)/index.html", "page \($0)") }))
        let before = try Data(contentsOf: URL(fileURLWithPath: place.journal))
        let inode = try FileManager.default.attributesOfItem(atPath: place.journal)[.systemFileNumber] as? Int
        try #require(try place.apply(["p/7/index.html": "changed"], published: try place.stamp) != nil)
        let after = try Data(contentsOf: URL(fileURLWithPath: place.journal))
        #expect(after.prefix(before.count) == before)
        #expect(after.count - before.count < 300)
        #expect(try FileManager.default.attributesOfItem(atPath: place.journal)[.systemFileNumber] as? Int == inode)
    }

    /// Many writes: the journal is rewritten as one snapshot once its records outweigh it, and stays right.
    @Test func compactsTheJournal() throws {
        let place = try Place()
        defer { try? FileManager.default.removeItem(at: place.folder) }
        let pagePath = { (number: Int) in "p/\(number)/a-rather-long-slug-for-a-page-of-this-site/index.html" }
        var site = Dictionary(uniqueKeysWithValues: (0..<20).map { (pagePath($0), "page \($0)") })
        try place.write(site)
        var largest = 0
        for round in 0..<400 {
            let path = pagePath(round % 20)
            site[path] = "round \(round)"
            try #require(try place.apply([path: site[path]!], published: try place.stamp) != nil)
            largest = max(largest, try FileManager.default.attributesOfItem(atPath: place.journal)[.size] as? Int ?? 0)
        }
        // 400 writes of about 250 bytes each, and a snapshot of about 1,500 bytes.
        #expect(largest < 2 * 1_500 + 65_536 + 1_000)
        #expect(try place.tree() == site)
        #expect(try SiteWriter.write([], siteRoot: place.folder.path, to: place.output) == WriteReport(written: 0, removed: 20))
    }

    /// Seeded random writes, whole sites and changes alternating, against a model; files become folders and back.
    @Test func matchesAModel() throws {
        let seed = UInt64.random(in: 0...UInt64.max)
        print("SiteWriterJournalTests.matchesAModel seed: \(seed)")
        var random = SeededGenerator(seed: seed)
        let place = try Place()
        defer { try? FileManager.default.removeItem(at: place.folder) }
        let pool = ["index.html", "x", "x/index.html", "x/y/z.txt", "y", "y/index.html", "atom.xml", "a/b/c/d.html", "a/b", "a/e.css", "q.txt"]
        func fits(_ path: String, in site: [String: String]) -> Bool {
            site.keys.allSatisfy { !$0.hasPrefix(path + "/") && !path.hasPrefix($0 + "/") }
        }
        var model: [String: String] = [:]
        var fingerprints: [String: UInt64] = [:]
        var stamp: UInt64?
        for step in 0..<60 {
            let text = { "\(step)-\(Int.random(in: 0..<3, using: &random))" }
            if stamp == nil || Int.random(in: 0..<4, using: &random) == 0 {
                var site: [String: String] = [:]
                for path in pool.shuffled(using: &random) where Bool.random(using: &random) && fits(path, in: site) { site[path] = text() }
                fingerprints = site.mapValues { _ in UInt64.random(in: 1...3, using: &random) }
                try place.write(site, fingerprints: fingerprints)
                model = site
            } else {
                var changed: [String: String] = [:]
                var removed: [String] = []
                var next = model
                for path in pool.shuffled(using: &random) {
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0 where next[path] != nil:
                        removed.append(path)
                        next[path] = nil
                    case 1 where fits(path, in: next.filter { $0.key != path }):
                        changed[path] = text()
                        next[path] = changed[path]
                    default: break
                    }
                }
                let newFingerprints = changed.mapValues { _ in UInt64.random(in: 1...3, using: &random) }
                let stale = Int.random(in: 0..<8, using: &random) == 0
                let report = try place.apply(changed, fingerprints: newFingerprints, removed: removed, published: stale ? stamp! &+ 1 : stamp!)
                #expect((report == nil) == stale, "step \(step)")
                if !stale {
                    model = next
                    for path in removed { fingerprints[path] = nil }
                    for (path, fingerprint) in newFingerprints { fingerprints[path] = fingerprint }
                }
            }
            #expect(try place.tree() == model, "step \(step)")
            #expect(SiteWriter.previousFingerprints(output: place.output) == fingerprints, "step \(step)")
            stamp = try place.stamp
        }
    }

    /// A journal that ends in a torn record (a build killed while appending it), or in bytes that are none: the
    /// records before it hold, and the next write repairs it.
    @Test func repairsATornJournal() throws {
        let place = try Place()
        defer { try? FileManager.default.removeItem(at: place.folder) }
        try place.write(["a.html": "a", "b.html": "b"])
        try #require(try place.apply(["a.html": "a2"], published: try place.stamp) != nil)
        let whole = try Data(contentsOf: URL(fileURLWithPath: place.journal))
        try #require(try place.apply(["b.html": "b2"], published: try place.stamp) != nil)
        let longer = try Data(contentsOf: URL(fileURLWithPath: place.journal))
        // A cut record is ignored with what follows it; the write's first record (the spare is changing) holds.
        let changing = 24
        for (cut, valid) in [(longer.count - 1, whole.count + changing), (whole.count + changing - 1, whole.count), (whole.count + 9, whole.count)] {
            try longer.prefix(cut).write(to: URL(fileURLWithPath: place.journal))
            #expect(ManifestJournal.load(path: place.journal)?.length == valid)
        }
        // The journal says the published tree is still the one before the last write: that tree is now the spare.
        #expect(try place.apply(["c.html": "c"], published: try place.stamp) == nil)
        #expect(try place.write(["a.html": "a3", "b.html": "b2"]) == WriteReport(written: 2, removed: 0, pages: 2))
        #expect(try place.tree() == ["a.html": "a3", "b.html": "b2"])

        var garbage = try Data(contentsOf: URL(fileURLWithPath: place.journal))
        let valid = garbage.count
        garbage.append(contentsOf: [7, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3])
        try garbage.write(to: URL(fileURLWithPath: place.journal))
        #expect(ManifestJournal.load(path: place.journal)?.length == valid)
        try #require(try place.apply(["a.html": "a4"], published: try place.stamp) != nil)
        #expect(try place.tree() == ["a.html": "a4", "b.html": "b2"])
        #expect(ManifestJournal.load(path: place.journal)?.length == (try Data(contentsOf: URL(fileURLWithPath: place.journal))).count)
    }

    /// A build killed while it changed the spare tree (after the journal said so): the spare is made again.
    @Test func remakesASpareAKilledBuildWasChanging() throws {
        let place = try Place()
        defer { try? FileManager.default.removeItem(at: place.folder) }
        try place.write(["index.html": "one", "x/y.txt": "same", "z.txt": "z"])
        try place.write(["index.html": "two", "x/y.txt": "same", "z.txt": "z"])
        var journal = try #require(ManifestJournal.load(path: place.journal))
        #expect(journal.manifest.spare != nil)
        let appended = journal.append(.spareChanging)
        #expect(appended)
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: place.spare + "/stray.html"))
        try FileManager.default.removeItem(atPath: place.spare + "/z.txt")
        try Data("half".utf8).write(to: URL(fileURLWithPath: place.spare + "/z.txt"))
        #expect(try place.apply(["index.html": "three"], published: try place.stamp) == WriteReport(written: 1, removed: 0, pages: 1))
        #expect(try place.tree() == ["index.html": "three", "x/y.txt": "same", "z.txt": "z"])
        try place.write(["index.html": "four", "x/y.txt": "same", "z.txt": "z"])
        #expect(try place.tree() == ["index.html": "four", "x/y.txt": "same", "z.txt": "z"])
    }

    /// A build killed after its swap, before its journal record: the published tree is not the one the journal
    /// names, so nothing is taken from it and every file is written.
    @Test func rewritesASiteSwappedWithoutARecord() throws {
        let place = try Place()
        defer { try? FileManager.default.removeItem(at: place.folder) }
        try place.write(["index.html": "one", "a.txt": "a"])
        try place.write(["index.html": "two", "a.txt": "a"])
        let stamp = try place.stamp
        let aside = place.folder.path + "/aside"
        try FileManager.default.moveItem(atPath: place.output, toPath: aside)
        try FileManager.default.moveItem(atPath: place.spare, toPath: place.output)
        try FileManager.default.moveItem(atPath: aside, toPath: place.spare)
        #expect(SiteWriter.previousFingerprints(output: place.output).isEmpty)
        #expect(try place.apply(["index.html": "three"], published: stamp) == nil)
        #expect(try place.write(["index.html": "three", "a.txt": "a"]) == WriteReport(written: 2, removed: 0, pages: 1))
        #expect(try place.tree() == ["index.html": "three", "a.txt": "a"])
    }

    @Test func refusesUnsafeRemovals() throws {
        let place = try Place()
        defer { try? FileManager.default.removeItem(at: place.folder) }
        try place.write(["index.html": "one"])
        #expect(throws: SiteWriterError.unsafePath("../x")) { try place.apply([:], removed: ["../x"], published: try place.stamp) }
        #expect(throws: SiteWriterError.unsafePath("/etc/x")) { try place.apply(["/etc/x": "x"], published: try place.stamp) }
        #expect(try place.tree() == ["index.html": "one"])
    }
}
