import Foundation
import PlanetCore
import PlanetImport
import PlanetSite
import Testing

/// An export in the shape of WordPress's Theme Unit Test data (`Fixtures/import/theme-test-data/export.xml`): imported
/// into a member's folder and built, with only the warnings docs/members.md explains; its pages are the member's, with
/// their comments and their old nested addresses.
@Suite struct ThemeTestDataImportTests {
    static let site = """
        -- planet.yaml --
        title: Test
        base_url: https://planete.example.org
        language: en
        -- authors/theme-buster/author.yaml --
        name: Theme Buster
        -- pages/about.md --
        ---
        title: About this community
        ---
        The community's own page.

        """

    @Test func importsAndBuildsWithOnlyExplainedWarnings() throws {
        let data = try Data(contentsOf: ImportTests.folder.appendingPathComponent("theme-test-data/export.xml"))
        let blog = ImportReader.read(.wordpress, data: data, path: "export.xml", timeZone: TimeZone(identifier: "UTC")!)
        let options = ImportOptions(author: "theme-buster", members: ["theme-buster"], reservedNames: ReservedNames.topLevel.union(["about"]),
                                    timeZone: TimeZone(identifier: "UTC")!, host: "planete.example.org")
        let plan = ImportPlanner.plan(blog, options: options)
        #expect(plan.diagnostics.map(\.rendered) == [
            "export.xml:23:1: warning: item 2: old address `https://wpthemetestdata.wordpress.com/about/` is one of the site's own (a page, "
                + "a member or planet's); no alias: the old host must redirect it",
            "export.xml:289:1: warning: item 1165: 2 <!--nextpage--> page break(s) dropped; its 3 pages are imported as one",
            "export.xml:488:1: warning: item 1170: [gallery] shows no image the export holds (its images are other items' or gone); left out",
        ])
        #expect(plan.summary.pages == 7 && plan.summary.posts == 10 && plan.summary.drafts == 2 && plan.summary.leftOut == 1)
        #expect(!plan.files.contains { $0.path.hasPrefix("pages/") })
        let level3 = ImportFidelityTests.text(plan, "authors/theme-buster/pages/level-3.md")
        #expect(level3.contains("aliases:\n- /level-1/level-2/level-3/\n"))
        #expect(level3.contains("[Level 1](/theme-buster/level-1/)"))
        var files = TextBundle.parse(Self.site)
        for file in plan.files { if case .text(let text) = file.content { files[file.path] = Data(text.utf8) } }
        let result = Fixtures.build(files)
        #expect(result.diagnostics.map(\.rendered) == [])
        let output = FeedValidationTests.files(result)
        let page = String(decoding: output["theme-buster/page-with-comments/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("Comment on a page.") && page.contains("Reply by the author, logged in."))
        #expect(String(decoding: output["about/index.html"] ?? Data(), as: UTF8.self).contains("The community"))
        #expect(output["level-1/level-2/level-3/index.html"] != nil, "the old nested address redirects")
        for (path, data) in output {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("john@example.com") && !text.contains("192.0.2.8") && !text.contains("203.0.113.9"), "\(path)")
        }
    }
}
