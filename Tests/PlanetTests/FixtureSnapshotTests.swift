import Foundation
import Testing

/// Fixture sites built in memory and compared with their golden snapshots (`PLANET_RECORD=1` re-records).
@Suite struct FixtureSnapshotTests {
    @Test func basicSite() throws {
        let result = Fixtures.build(bundle: try Fixtures.text(of: "basic.site"))
        #expect(result.diagnostics.map(\.rendered) == [])
        try Snapshot.assertMatches(result.files, named: "basic")
    }

    /// GitHub-flavoured Markdown everywhere it shows: tables, footnotes (in posts, a comment, the river, member and tag
    /// pages, feeds), task lists, autolinks beside hashtags, heading ids, and the inert HTML the sanitizer keeps.
    @Test func gfmSite() throws {
        let result = Fixtures.build(bundle: try Fixtures.text(of: "gfm.site"))
        #expect(result.diagnostics.map(\.rendered) == [])
        try Snapshot.assertMatches(result.files, named: "gfm")
        let files = FeedValidationTests.files(result)
        #expect(try FeedValidationTests.checkRules(files) == 11)
        let redirects = ["2019/05/06/tableaux-et-notes.html", "vieux/tableaux/index.html", "alice/ancien-titre/index.html", "qui-sommes-nous/index.html"]
        #expect(redirects.allSatisfy { files[$0] != nil })
        let sitemapAndFeeds = files.filter { $0.key.hasSuffix(".xml") }.values.map { String(decoding: $0, as: UTF8.self) }
        #expect(!sitemapAndFeeds.contains { $0.contains("tableaux-et-notes.html") || $0.contains("vieux") || $0.contains("qui-sommes-nous") })
    }
}
