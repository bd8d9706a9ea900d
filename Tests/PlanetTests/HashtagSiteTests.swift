import Foundation
import PlanetCore
import Testing

/// Hashtags in a built site: what counts, how spellings group, how they are linked, and their pages.
@Suite struct HashtagSiteTests {
    let result = Fixtures.build(bundle: (try? Fixtures.text(of: "hashtags.site")) ?? "")

    func html(_ path: String) -> String {
        guard case .data(let data)? = result.files.first(where: { $0.path == path })?.content else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func spellingsGroupUnderOneKeyIncludingNFD() throws {
        let site = try #require(result.site)
        let sante = try #require(site.hashtag(named: "sante"))
        #expect(sante.slug == "sante")
        #expect(sante.name == "santé")
        #expect(sante.postIndices.count == 2)
        #expect(site.commentsByHashtag[sante.key]?.count == 1)
    }

    @Test func onlyProseCountsNeverCodeURLsEntitiesOrHeadingsMarkers() throws {
        let site = try #require(result.site)
        #expect(site.hashtags.map(\.name) == [
            "a__b", "a_b", "aujourd", "covid", "DansLien", "santé", "SeulementEnCommentaire", "titre",
        ])
        let exclus = try #require(site.post(at: "/alice/exclus/"))
        #expect(exclus.hashtags == ["titre", "DansLien"])
    }

    @Test func collidingSlugsStayDistinctAndStable() throws {
        let site = try #require(result.site)
        #expect(site.hashtag(named: "a__b")?.slug == "a-b")
        #expect(site.hashtag(named: "a_b")?.slug == "a-b-\(StableHash.hex("a_b"))")
    }

    @Test func hashtagsAreLinkedKeepingTheAuthorsSpelling() {
        let page = html("alice/santes/index.html")
        #expect(page.contains("<a class=\"hashtag\" href=\"/hashtags/sante/\">#Santé</a>"))
        #expect(page.contains("<a class=\"hashtag\" href=\"/hashtags/sante/\">#SANTÉ</a>"))
        #expect(page.contains("<a class=\"hashtag\" href=\"/hashtags/aujourd/\">#aujourd</a>’hui"))
        let exclus = html("alice/exclus/index.html")
        #expect(exclus.contains("<a href=\"https://x.org/\">lien avec #DansLien</a>"))
        #expect(exclus.contains("<code>#code</code>"))
        let comment = html("bob/collisions/index.html")
        #expect(comment.contains("<a class=\"hashtag\" href=\"/hashtags/seulementencommentaire/\" rel=\"nofollow ugc noopener\">#SeulementEnCommentaire</a>"))
    }

    @Test func pagesAndFeedsExist() throws {
        let paths = Set(result.files.map(\.path))
        for path in ["hashtags/index.html", "hashtags/sante/index.html", "hashtags/sante/atom.xml",
                     "hashtags/seulementencommentaire/index.html", "tags/medecine-generale/index.html"] {
            #expect(paths.contains(path), "\(path)")
        }
        try FeedValidationTests.checkRules(FeedValidationTests.files(result))
    }

    @Test func snapshot() throws {
        #expect(result.diagnostics.map(\.rendered) == [])
        try Snapshot.assertMatches(result.files, named: "hashtags")
    }
}
