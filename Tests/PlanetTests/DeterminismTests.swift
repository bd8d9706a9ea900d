import Foundation
import Testing

/// Two builds of the same site give byte-identical trees, whatever the time zone, locale or file order.
@Suite struct DeterminismTests {
    @Test func sameBytesUnderAnotherTimeZoneAndLocale() throws {
        let first = try Run.temporaryFolder("planet-det-a")
        let second = try Run.temporaryFolder("planet-det-b")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "UTC"
        environment["LANG"] = "C"
        let a = try Run.planet(["build", Fixtures.sampleSite.path, "--output", first.appendingPathComponent("out").path, "--quiet"],
                               environment: environment)
        environment["TZ"] = "Pacific/Kiritimati"
        environment["LANG"] = "fr_FR.UTF-8"
        environment["LC_ALL"] = "tr_TR.UTF-8"
        let b = try Run.planet(["build", Fixtures.sampleSite.path, "--output", second.appendingPathComponent("out").path, "--quiet"],
                               environment: environment)
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        let treeA = try Run.tree(first.appendingPathComponent("out"))
        let treeB = try Run.tree(second.appendingPathComponent("out"))
        #expect(treeA.count > 50)
        #expect(treeA.keys.sorted() == treeB.keys.sorted())
        for (path, data) in treeA where treeB[path] != data {
            Issue.record("\(path) differs between the two builds")
        }
    }

    @Test func fileOrderDoesNotMatter() throws {
        let files = TextBundle.parse(try Fixtures.text(of: "basic.site"))
        let paths = files.keys.sorted()
        let forward = SiteLayoutBuild.build(files, paths: paths)
        let backward = SiteLayoutBuild.build(files, paths: paths.reversed())
        #expect(Snapshot.text(of: forward) == Snapshot.text(of: backward))
    }
}

/// Builds a site from files listed in a chosen order.
enum SiteLayoutBuild {
    static func build(_ files: [String: Data], paths: [String]) -> [PlanetCore.OutputFile] {
        let (input, diagnostics) = PlanetLoad.SiteLayout.organize(paths: paths) { files[$0] }
        return PlanetCLI.BuildPipeline.run(input, loadDiagnostics: diagnostics, options: .init(now: Fixtures.now)).files
    }
}

import PlanetCLI
import PlanetCore
import PlanetLoad
