import Foundation
import PlanetCore
import PlanetFiles
import PlanetLoad
import PlanetParse
import PlanetSearch
import Testing

/// What the search index is given of a site: posts in their `lang:` or the site's language, published comments only
/// with `search: {comments: true}`, and the forms of `search:` in `planet.yaml`.
@Suite struct SearchDocumentTests {
    static let site = Fixtures.minimalSite + """
        -- authors/bob/author.yaml --
        name: Bob Durand
        -- authors/alice/posts/2024-03-05-nuit.md --
        ---
        title: Une nuit de garde
        date: 2024-03-05
        tags: [Nuit]
        ---
        Les soignantes tenaient bon.
        -- authors/bob/posts/2025-01-10-shifts.md --
        ---
        title: Night shifts
        date: 2025-01-10
        lang: en-GB
        ---
        The nurses were running.
        -- authors/bob/posts/2025-01-11-typo.md --
        ---
        title: Typo
        date: 2025-01-11
        lang: "not a language!"
        ---
        Texte.
        -- comments/alice/nuit/2024-03-06T10-00-00-zoe.md --
        ---
        author: Zoé
        date: 2024-03-06T10:00:00+01:00
        ---
        Merci pour ce récit.
        -- comments/alice/nuit/2024-03-07T10-00-00-yves.md --
        ---
        author: Yves
        date: 2024-03-07T10:00:00+01:00
        status: pending
        ---
        Pas encore lu.
        -- comments/alice/nuit/2024-03-08T10-00-00-blog.md --
        ---
        kind: mention
        source: "https://blog.example.net/bonjour"
        author: blog.example.net
        date: 2024-03-08T10:00:00+01:00
        ---
        Une mention.

        """

    @Test func postsInTheirLanguageAndOnlyPublishedComments() throws {
        let result = Fixtures.build(bundle: Self.site)
        let site = try #require(result.site)
        #expect(result.diagnostics.map(\.message).contains { $0.contains("`lang` must be a BCP 47 language tag") })
        let posts = SearchDocument.documents(of: site)
        #expect(posts.map(\.path).sorted() == ["/alice/bonjour/", "/alice/nuit/", "/bob/shifts/", "/bob/typo/"])
        #expect(Dictionary(uniqueKeysWithValues: posts.map { ($0.path, $0.language) })
            == ["/alice/bonjour/": "fr", "/alice/nuit/": "fr", "/bob/shifts/": "en-GB", "/bob/typo/": "fr"])
        let withComments = SearchDocument.documents(of: site, comments: true)
        let comments = withComments.filter { $0.path.contains("#") }
        #expect(comments.map(\.path) == ["/alice/nuit/#comment-2024-03-06T10-00-00-zoe"], "neither the pending comment nor the mention")
        let comment = try #require(comments.first)
        #expect(comment.member == "Zoé" && comment.memberID.isEmpty && comment.title.isEmpty && comment.language == "fr")
        #expect(comment.tagKeys == ["nuit"] && comment.year == 2024)
        #expect(comment.html.contains("Merci pour ce récit."))
    }

    func config(_ yaml: String) -> (SiteConfig?, [String]) {
        let (config, diagnostics) = ConfigParser.parse(SourceFile(
            path: "planet.yaml", bytes: Data(("title: T\nbase_url: https://example.org\n" + yaml).utf8)))
        return (config, diagnostics.map(\.message))
    }

    @Test func searchIsAnAddressOrAMappingWithComments() {
        let plain = config("search: https://intake.example.org/\n")
        #expect(plain.0?.search == "https://intake.example.org" && plain.0?.searchesComments == false && plain.1.isEmpty)
        let mapping = config("search:\n  intake: https://intake.example.org\n  comments: true\n")
        #expect(mapping.0?.search == "https://intake.example.org" && mapping.0?.searchesComments == true && mapping.1.isEmpty)
        let fallback = config("comments:\n  intake: https://c.example.org\nsearch: {comments: true}\n")
        #expect(fallback.0?.search == "https://c.example.org" && fallback.0?.searchesComments == true)
        #expect(config("search: {comments: true}\n").1.contains { $0.contains("missing `intake` under `search`") })
        #expect(config("search:\n  intake: ftp://x\n").1.contains { $0.contains("`intake` must be the absolute http or https URL") })
        #expect(config("search:\n  intake: https://i.example.org\n  comments: yes please\n").1.contains { $0.contains("must be true or false") })
        #expect(config("search:\n  intake: https://i.example.org\n  coments: true\n").1.contains { $0.contains("coments") })
        #expect(config("search: [a, b]\n").1.contains { $0.contains("`search` must be a text") })
    }
}
