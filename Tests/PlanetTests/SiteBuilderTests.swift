import Foundation
import PlanetCore
import Testing

@Suite struct SiteBuilderTests {
    @Test func draftsAndFuturePostsAreLeftOutUnlessAsked() throws {
        let bundle = try Fixtures.text(of: "basic.site")
        let published = try #require(Fixtures.build(bundle: bundle).site)
        #expect(published.posts.map(\.slug) == ["c-plus-plus", "une-tournee", "premier-billet"])
        let all = try #require(Fixtures.build(bundle: bundle, drafts: true).site)
        #expect(all.posts.map(\.slug) == ["futur", "brouillon", "c-plus-plus", "une-tournee", "premier-billet"])
    }

    @Test func tagsAreGroupedWithDistinctSlugs() throws {
        let site = try #require(Fixtures.build(bundle: try Fixtures.text(of: "basic.site")).site)
        #expect(site.tags.map(\.slug) == ["c", "c-plus-plus", "medecine-generale", "prevention"])
        let medecine = try #require(site.tags.first { $0.slug == "medecine-generale" })
        #expect(medecine.postIndices.count == 3)
        #expect(["Médecine générale", "médecine generale", "MÉDECINE GÉNÉRALE"].contains(medecine.name))
    }

    @Test func collidingSlugsGetAStableSuffix() throws {
        let site = try #require(Fixtures.build(Fixtures.withMinimalSite("""
            -- authors/alice/posts/2024-03-02-a.md --
            ---
            title: A
            date: 2024-03-02
            tags: [a b, a-b, "A  B"]
            ---
            """)).site)
        #expect(site.tags.map(\.slug) == ["a-b", "a-b-\(StableHash.hex("a-b"))"])
    }

    @Test func commentsArePublishedOnlyAndThreaded() throws {
        let site = try #require(Fixtures.build(bundle: try Fixtures.text(of: "basic.site")).site)
        let comments = try #require(site.commentsByPost["/alice/premier-billet/"])
        #expect(comments.map(\.authorName) == ["Jeanne", "Alice"])
        #expect(comments[1].replyTo == "2024-03-01T10-00-00-jeanne")
    }
}
