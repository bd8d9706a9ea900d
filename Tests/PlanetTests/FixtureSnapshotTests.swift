import Foundation
import Testing

/// Fixture sites built in memory and compared with their golden snapshots (`PLANET_RECORD=1` re-records).
@Suite struct FixtureSnapshotTests {
    @Test func basicSite() throws {
        let result = Fixtures.build(bundle: try Fixtures.text(of: "basic.site"))
        #expect(result.diagnostics.map(\.message) == ["post dated 2030-01-01 is left out until then; `planet build --drafts` shows it now"])
        try Snapshot.assertMatches(result.files, named: "basic")
    }

    /// Readers joining in: the comment form posting to the intake (its origin in the CSP, the question, the replies
    /// in thread order, the honeypot), webmention links, mentions apart from the thread (not counted, not in the
    /// comment feeds; still listed on a post closed to comments), and the community's responses (a relative link with
    /// a fragment, an alias, `index.html`; a member's links to their own posts left out).
    @Test func readersSite() throws {
        let result = Fixtures.build(bundle: try Fixtures.text(of: "readers.site"))
        #expect(result.diagnostics.map(\.rendered) == [])
        try Snapshot.assertMatches(result.files, named: "readers")
        let files = FeedValidationTests.files(result)
        let thread = String(decoding: try #require(files["alice/thread/index.html"]), as: UTF8.self)
        #expect(thread.contains("form-action 'self' https://readers.example.org https://intake.readers.example.org:8443;"))
        #expect(thread.contains("<span>2 comments</span>"))
        #expect(!thread.contains("NOT-SHOWN"))
        let feeds = files.filter { $0.key.hasSuffix(".xml") }.values.map { String(decoding: $0, as: UTF8.self) }
        #expect(!feeds.contains { $0.contains("excerpt") || $0.contains("untitled mention") })
        #expect(try FeedValidationTests.checkRules(files) > 0)
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
