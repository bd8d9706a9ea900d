import Foundation
import PlanetBuild
import PlanetCore
import PlanetLoad
import PlanetParse
import PlanetSearch
import Testing

/// Posts' and comments' `htmlFingerprint`: made at parse from the HTML the parser made, kept by the build cache
/// (a cached post has the fingerprint of a freshly parsed one), and what the search index's update compares, so that
/// it re-indexes exactly the edited post and removes exactly the deleted one.
@Suite struct HTMLFingerprintTests {
    static let site = Fixtures.minimalSite + """
        -- authors/alice/posts/2024-03-05-nuit.md --
        ---
        title: Une nuit de garde
        date: 2024-03-05
        tags: [Nuit]
        ---
        Les soignantes tenaient bon. #HelpMedicalCommunity
        -- authors/alice/posts/2024-03-06-cafe.md --
        ---
        title: Le café
        date: 2024-03-06
        ---
        Un café en salle de pause.
        -- comments/alice/nuit/2024-03-06T10-00-00-zoe.md --
        ---
        author: Zoé
        date: 2024-03-06T10:00:00+01:00
        ---
        Merci pour ce *récit*.

        """

    @Test func aCommentIsFingerprintedAtParse() throws {
        let file = SourceFile(path: "comments/alice/nuit/x.md", bytes: Data("---\nauthor: Zoé\ndate: 2024-03-05T10:00:00Z\n---\nMerci *beaucoup*.\n".utf8))
        let comment = try #require(CommentParser.parse(file, config: SiteConfig(title: "T", baseURL: "https://planete.example.org")).0)
        #expect(comment.contentHTML == "<p>Merci <em>beaucoup</em>.</p>\n")
        #expect(comment.htmlFingerprint == Fingerprint.of("<p>Merci <em>beaucoup</em>.</p>\n"))
    }

    @Test func fingerprintsMadeAtParseSurviveTheCache() throws {
        let (input, diagnostics) = Fixtures.input(TextBundle.parse(Self.site))
        let fresh = BuildPipeline.plan(input, loadDiagnostics: diagnostics, options: .init(now: Fixtures.now))
        var parsed = 0
        for entry in fresh.buildCache.entries.values {
            switch entry {
            case .post(let post?, _):
                #expect(post.htmlFingerprint == Fingerprint.of(post.contentHTML), "\(post.path)")
                parsed += 1
            case .comment(let comment?, _):
                #expect(comment.htmlFingerprint == Fingerprint.of(comment.contentHTML), "\(comment.id)")
                parsed += 1
            default: break
            }
        }
        #expect(parsed == 4)
        let decoded = try #require(BuildCache(decoding: fresh.buildCache.encoded))
        var options = BuildPipeline.Options(now: Fixtures.now)
        options.buildCache = decoded
        let cached = BuildPipeline.plan(input, loadDiagnostics: diagnostics, options: options)
        let freshSite = try #require(fresh.site), cachedSite = try #require(cached.site)
        #expect(cachedSite.posts.map(\.htmlFingerprint) == freshSite.posts.map(\.htmlFingerprint))
        #expect(cachedSite.posts.count == 3 && Set(cachedSite.posts.map(\.htmlFingerprint)).count == 3)
        #expect(cachedSite.commentsByPost.values.flatMap { $0.map(\.htmlFingerprint) }
            == freshSite.commentsByPost.values.flatMap { $0.map(\.htmlFingerprint) })
    }

    @Test func theCacheKeepsTheFingerprintItWasGiven() throws {
        let post = Post(authorID: "alice", slug: "a", title: "A", date: Date(timeIntervalSince1970: 0), contentHTML: "<p>a</p>",
                        sourcePath: "authors/alice/posts/1970-01-01-a.md", htmlFingerprint: 42)
        let comment = Comment(id: "c", postAuthorID: "alice", postSlug: "a", authorName: "Zoé", date: Date(timeIntervalSince1970: 0),
                              contentHTML: "<p>c</p>", sourcePath: "comments/alice/a/c.md", htmlFingerprint: 7)
        let cache = BuildCache(entries: [1: .post(post, []), 2: .comment(comment, [])])
        let decoded = try #require(BuildCache(decoding: cache.encoded))
        guard case .post(let readPost?, _) = decoded.entries[1], case .comment(let readComment?, _) = decoded.entries[2] else {
            Issue.record("the entries do not decode")
            return
        }
        #expect(readPost.htmlFingerprint == 42 && readComment.htmlFingerprint == 7)
    }

    /// The index of `bundle`'s site, updated from it; returns the update's counts.
    static func update(_ index: SearchIndex, _ bundle: String, comments: Bool = true) throws -> (indexed: Int, removed: Int) {
        let site = try #require(Fixtures.build(bundle: bundle).site)
        return try index.update(SearchDocument.corpus(of: site, comments: comments))
    }

    @Test func anUpdateIndexesExactlyTheEditedPostAndRemovesTheDeletedOne() throws {
        let index = try SearchIndex(path: ":memory:")
        #expect(try Self.update(index, Self.site) == (4, 0) ? true : false)
        #expect(try Self.update(index, Self.site) == (0, 0) ? true : false, "nothing changed")
        let edited = Self.site.replacingOccurrences(of: "Un café en salle de pause.", with: "Un thé en salle de pause.")
        #expect(try Self.update(index, edited) == (1, 0) ? true : false, "one post edited")
        #expect(try index.search(SearchQuery("thé"), filter: SearchFilter(), perPage: 10).hits.map(\.path) == ["/alice/cafe/"])
        #expect(try index.search(SearchQuery("café"), filter: SearchFilter(), perPage: 10).hits.map(\.path) == ["/alice/cafe/"], "by its title")
        let retitled = edited.replacingOccurrences(of: "title: Une nuit de garde", with: "title: Une nuit aux urgences")
        #expect(try Self.update(index, retitled) == (1, 0) ? true : false, "a title edited")
        #expect(try index.search(SearchQuery("urgences"), filter: SearchFilter(), perPage: 10).hits.map(\.path) == ["/alice/nuit/"])
        let commentEdited = retitled.replacingOccurrences(of: "Merci pour ce *récit*.", with: "Merci pour ce témoignage.")
        #expect(try Self.update(index, commentEdited) == (1, 0) ? true : false, "a comment edited")
        let start = try #require(commentEdited.range(of: "-- authors/alice/posts/2024-03-06-cafe.md --"))
        let end = try #require(commentEdited.range(of: "-- comments/"))
        let deleted = commentEdited.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
        #expect(try Self.update(index, deleted) == (0, 1) ? true : false, "one post deleted")
        #expect(index.count == 3)
        #expect(try index.search(SearchQuery("thé"), filter: SearchFilter(), perPage: 10).hits.isEmpty)
        let added = deleted + """
            -- authors/alice/posts/2023-01-01-ancien.md --
            ---
            title: Un ancien billet
            date: 2023-01-01
            ---
            Des gardes de jadis.

            """
        #expect(try Self.update(index, added) == (1, 0) ? true : false, "one post added")
        #expect(try Self.update(index, added) == (0, 0) ? true : false)
        #expect(index.count == 4)
    }

    @Test func aCorpusComparedByPositionFindsMovesRepeatsAndRemovals() throws {
        func document(_ path: String, _ text: String) -> SearchDocument {
            SearchDocument(path: path, title: path, summary: "", body: text, tags: [], hashtags: [], member: "A", memberID: "a",
                           tagKeys: [], year: 2024, date: 1_700_000_000, language: "fr", fingerprint: Fingerprint.of(text))
        }
        let index = try SearchIndex(path: ":memory:")
        let first = [document("/a/", "alpha"), document("/b/", "bravo"), document("/c/", "charlie"), document("/d/", "delta")]
        #expect(try index.update(first) == (4, 0) ? true : false)
        let moved = [first[3], first[0], document("/b/", "bravissimo"), first[2]]
        #expect(try index.update(moved) == (1, 0) ? true : false, "a move is no change, an edit is one")
        let repeated = [moved[0], moved[1], document("/a/", "autre"), moved[2], moved[3]]
        #expect(try index.update(repeated) == (0, 0) ? true : false, "a repeated path keeps its first document")
        #expect(try index.search(SearchQuery("autre"), filter: SearchFilter(), perPage: 10).hits.isEmpty)
        let shrunk = [moved[1], moved[3]]
        #expect(try index.update(shrunk) == (0, 2) ? true : false)
        #expect(index.count == 2)
        #expect(try index.update([document("/e/", "echo")] + shrunk) == (1, 0) ? true : false, "one added before the rest")
        #expect(try index.search(SearchQuery("echo"), filter: SearchFilter(), perPage: 10).hits.map(\.path) == ["/e/"])
    }
}
