import Foundation
import PlanetCore
import PlanetWrite
import Testing

@Suite struct SiteWriterTests {
    @Test func swapsTheNewSiteInAndCleansLeftovers() throws {
        let folder = try Run.temporaryFolder("planet-writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        try SiteWriter.write([OutputFile(path: "a/index.html", text: "old"), OutputFile(path: "gone.txt", text: "x")],
                             siteRoot: folder.path, to: output.path)
        let leftover = folder.appendingPathComponent(".public.planet-staging-99999")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        try SiteWriter.write([OutputFile(path: "a/index.html", text: "new")], siteRoot: folder.path, to: output.path)
        #expect(try Run.tree(output) == ["a/index.html": Data("new".utf8)])
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: folder.path)) == [".public.planet", "public"])
    }

    /// An unchanged file keeps its inode and modification time; only changed files are written.
    @Test func writesOnlyWhatChanged() throws {
        let folder = try Run.temporaryFolder("planet-writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        func stamp(_ path: String) throws -> [FileAttributeKey: Any] {
            try FileManager.default.attributesOfItem(atPath: output + "/" + path)
        }
        let first = try SiteWriter.write([
            OutputFile(path: "a/index.html", text: "a", fingerprint: 1), OutputFile(path: "b/index.html", text: "b", fingerprint: 2),
            OutputFile(path: "c/d/index.html", text: "c"),
        ], siteRoot: folder.path, to: output)
        #expect(first == WriteReport(written: 3, removed: 0, pages: 3))
        let keptInode = try stamp("a/index.html")[.systemFileNumber] as? Int
        #expect(SiteWriter.previousFingerprints(output: output) == ["a/index.html": 1, "b/index.html": 2])

        let unchanged = try SiteWriter.write([
            OutputFile(path: "a/index.html", content: .unchanged, fingerprint: 1), OutputFile(path: "b/index.html", text: "b", fingerprint: 2),
            OutputFile(path: "c/d/index.html", text: "c"),
        ], siteRoot: folder.path, to: output)
        #expect(unchanged == WriteReport(written: 0, removed: 0, pages: 3))

        for round in 1...3 {
            let report = try SiteWriter.write([
                OutputFile(path: "a/index.html", content: .unchanged, fingerprint: 1),
                OutputFile(path: "b/index.html", text: "b\(round)", fingerprint: 20 + UInt64(round)),
                OutputFile(path: "e.html", text: "new"),
            ], siteRoot: folder.path, to: output)
            #expect(report == WriteReport(written: round == 1 ? 2 : 1, removed: round == 1 ? 1 : 0, pages: 3))
            #expect(try Run.tree(URL(fileURLWithPath: output)) == [
                "a/index.html": Data("a".utf8), "b/index.html": Data("b\(round)".utf8), "e.html": Data("new".utf8),
            ])
            #expect(try stamp("a/index.html")[.systemFileNumber] as? Int == keptInode)
        }
        #expect(!FileManager.default.fileExists(atPath: output + "/c"))
    }

    /// A spare tree other than the one the manifest names (a build killed while making it again) is made again.
    @Test func remakesASpareTreeItCannotTrust() throws {
        let folder = try Run.temporaryFolder("planet-writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        for version in ["one", "two"] {
            try SiteWriter.write([OutputFile(path: "index.html", text: version), OutputFile(path: "x/y.txt", text: "same")],
                                 siteRoot: folder.path, to: output)
        }
        let spare = folder.appendingPathComponent(".public.planet/spare")
        let aside = folder.appendingPathComponent("aside")
        try FileManager.default.moveItem(at: spare, to: aside)
        try FileManager.default.createDirectory(at: spare.appendingPathComponent("x"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: aside)
        try Data("garbage".utf8).write(to: spare.appendingPathComponent("stray.html"))
        try Data("other".utf8).write(to: spare.appendingPathComponent("x/y.txt"))
        try SiteWriter.write([OutputFile(path: "index.html", text: "three"), OutputFile(path: "x/y.txt", text: "same")],
                             siteRoot: folder.path, to: output)
        #expect(try Run.tree(URL(fileURLWithPath: output)) == ["index.html": Data("three".utf8), "x/y.txt": Data("same".utf8)])
    }

    @Test func refusesPathsThatLeaveTheOutput() throws {
        let folder = try Run.temporaryFolder("planet-writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        try SiteWriter.write([OutputFile(path: "index.html", text: "old")], siteRoot: folder.path, to: output.path)
        for path in ["../evil.html", "/etc/evil", "a/../../evil", "a//b", "."] {
            #expect(throws: SiteWriterError.unsafePath(path)) {
                try SiteWriter.write([OutputFile(path: path, text: "x")], siteRoot: folder.path, to: output.path)
            }
        }
        #expect(try Run.tree(output) == ["index.html": Data("old".utf8)])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("evil.html").path))
    }

    @Test func safeRelativePaths() {
        for path in ["a", "a/b.html", "...", ".well-known/x", "a..b/c.", "é/ü"] { #expect(SiteWriter.isSafeRelativePath(path), "\(path)") }
        for path in ["", "/", "a/", "/a", ".", "..", "a/./b", "a/../b", "a/..", "a\0b", "a//b"] {
            #expect(!SiteWriter.isSafeRelativePath(path), "\(path)")
        }
    }

    @Test func reportsCollisions() {
        let diagnostics = SiteWriter.rejections(in: [
            OutputFile(path: "index.html", text: "home"), OutputFile(path: "index.html", content: .copy(sourcePath: "static/index.html")),
        ])
        #expect(diagnostics.map(\.rendered) == ["static/index.html:1:1: error: two files would be written to /index.html; rename this one"])
    }

    /// A plan of many jobs is written a batch at a time, first into a new tree, then into the spare one.
    @Test func writesAPlanBatchByBatch() throws {
        let folder = try Run.temporaryFolder("planet-writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        func plan(_ version: Int) -> OutputPlan {
            OutputPlan(jobs: (0..<700).map { number in
                OutputPlan.Job { [OutputFile(path: "p\(number % 7)/\(number)/index.html", text: number % 100 == 0 ? "v\(version)" : "\(number)")] }
            } + [OutputPlan.Job { [OutputFile(path: "atom.xml", text: "feed"), OutputFile(path: "p1/comments.xml", text: "c")] }])
        }
        func expected(_ version: Int) -> [String: Data] {
            var tree = ["atom.xml": Data("feed".utf8), "p1/comments.xml": Data("c".utf8)]
            for number in 0..<700 { tree["p\(number % 7)/\(number)/index.html"] = Data((number % 100 == 0 ? "v\(version)" : "\(number)").utf8) }
            return tree
        }
        #expect(try SiteWriter.write(plan(1), siteRoot: folder.path, to: output.path) == WriteReport(written: 702, removed: 0, pages: 700, feeds: 2))
        #expect(try Run.tree(output) == expected(1))
        for version in 2...3 {
            #expect(try SiteWriter.write(plan(version), siteRoot: folder.path, to: output.path) == WriteReport(written: 7, removed: 0, pages: 700, feeds: 2))
            #expect(try Run.tree(output) == expected(version))
        }
    }

    /// A file that becomes a folder, and a folder that becomes a file, between two builds.
    @Test func turnsFilesIntoFoldersAndBack() throws {
        let folder = try Run.temporaryFolder("planet-writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let shapes: [[String: String]] = [
            ["x": "file x", "y/index.html": "y page", "y/z/deep.txt": "deep"],
            ["x/index.html": "x page", "y": "file y"],
            ["x": "file x again", "y/index.html": "y page", "y/z/deep.txt": "deep"],
            ["x/index.html": "x page", "y": "file y"],
        ]
        for shape in shapes {
            try SiteWriter.write(shape.map { OutputFile(path: $0.key, text: $0.value) }, siteRoot: folder.path, to: output.path)
            #expect(try Run.tree(output) == shape.mapValues { Data($0.utf8) })
        }
    }

    /// Two files for one path stop the write before anything is published, first build or not.
    @Test func refusesCollisionsWhileWriting() throws {
        let folder = try Run.temporaryFolder("planet-writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let colliding = OutputPlan(jobs: [
            OutputPlan.Job { [OutputFile(path: "index.html", text: "home")] },
            OutputPlan.Job { [OutputFile(path: "index.html", content: .copy(sourcePath: "static/index.html"))] },
        ])
        let expected = SiteWriterError.rejected([
            .error("two files would be written to /index.html; rename this one", at: SourceLocation(path: "static/index.html")),
        ])
        #expect(throws: expected) { try SiteWriter.write(colliding, siteRoot: folder.path, to: output.path) }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        try SiteWriter.write([OutputFile(path: "index.html", text: "old")], siteRoot: folder.path, to: output.path)
        #expect(throws: expected) { try SiteWriter.write(colliding, siteRoot: folder.path, to: output.path) }
        #expect(try Run.tree(output) == ["index.html": Data("old".utf8)])
    }
}
