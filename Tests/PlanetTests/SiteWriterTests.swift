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
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
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

    @Test func reportsCollisions() {
        let diagnostics = SiteWriter.collisions(in: [
            OutputFile(path: "index.html", text: "home"), OutputFile(path: "index.html", content: .copy(sourcePath: "static/index.html")),
        ])
        #expect(diagnostics.map(\.rendered) == ["static/index.html:1:1: error: two files would be written to /index.html; rename this one"])
    }
}
