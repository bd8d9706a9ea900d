import Foundation
import PlanetBuild
import PlanetCore
import PlanetSite
import Testing

/// "Réponses de la communauté": which posts of other members link to a post, from the posts' HTML.
@Suite struct CommunityResponsesTests {
    static let config = SiteConfig(title: "P", baseURL: "https://planete.example.org/reseau")

    static func post(_ author: String, _ slug: String, day: Int, links: [String] = [], origin: PostOrigin? = nil) -> Post {
        Post(authorID: author, slug: slug, title: slug, date: Date(timeIntervalSince1970: Double(day) * 86_400),
             contentHTML: links.map { "<p><a href=\"\($0)\">lien</a></p>" }.joined(), sourcePath: "authors/\(author)/posts/\(slug).md",
             origin: origin)
    }

    /// Posts newest first, as `Site.posts` has them.
    static func responses(_ posts: [Post], redirects: [Redirect] = []) -> [String: [String]] {
        let sorted = posts.sorted { $0.date != $1.date ? $0.date > $1.date : ($0.authorID, $0.slug) < ($1.authorID, $1.slug) }
        return CommunityResponses.find(
            posts: sorted, linkedURLs: sorted.map { CommunityResponses.urls(in: $0.contentHTML) }, redirects: redirects, config: config
        ).mapValues { $0.map { sorted[$0].path } }
    }

    @Test func everyWayOfWritingALinkCounts() {
        let target = Self.post("alice", "cible", day: 1)
        let found = Self.responses([
            target,
            Self.post("bob", "relatif", day: 2, links: ["../../alice/cible/"]),
            Self.post("carole", "racine", day: 3, links: ["/reseau/alice/cible/#suite"]),
            Self.post("david", "absolu", day: 4, links: ["https://planete.example.org/reseau/alice/cible/index.html"]),
            Self.post("emma", "sans-barre", day: 5, links: ["/reseau/alice/cible"]),
        ])
        #expect(found == ["/alice/cible/": ["/emma/sans-barre/", "/david/absolu/", "/carole/racine/", "/bob/relatif/"]])
    }

    @Test func selfLinksOwnPostsAndOtherPagesDoNotCount() {
        let found = Self.responses([
            Self.post("alice", "cible", day: 1, links: ["/reseau/alice/cible/"]),
            Self.post("alice", "suite", day: 2, links: ["/reseau/alice/cible/"]),
            Self.post("bob", "ailleurs", day: 3, links: ["/reseau/alice/", "/reseau/charte/", "https://autre.example.org/alice/cible/", "/alice/cible/"]),
        ])
        #expect(found == [:])
    }

    @Test func oneResponsePerPostHoweverManyLinks() {
        let found = Self.responses([
            Self.post("alice", "cible", day: 1),
            Self.post("bob", "deux-liens", day: 2, links: ["/reseau/alice/cible/", "/reseau/alice/cible/#fin"]),
        ])
        #expect(found == ["/alice/cible/": ["/bob/deux-liens/"]])
    }

    @Test func outsideEntriesAnswerAndAreAnswered() {
        let origin = PostOrigin(blogName: "Le blog d'Alice", blogURL: "https://alice.example.net/", feedURL: "https://alice.example.net/feed",
                                entryURL: "https://alice.example.net/2024/cible", firstSeen: Date(timeIntervalSince1970: 0))
        let found = Self.responses([
            Self.post("alice", "cible", day: 1, origin: origin),
            Self.post("bob", "natif", day: 2, links: ["https://alice.example.net/2024/cible#commentaires"]),
            Self.post("carole", "exterieur", day: 3, links: ["https://planete.example.org/reseau/alice/cible/"],
                      origin: PostOrigin(blogName: "C", blogURL: "https://c.example.net/", feedURL: "https://c.example.net/feed",
                                         entryURL: "https://c.example.net/1", firstSeen: Date(timeIntervalSince1970: 0))),
        ])
        #expect(found == ["/alice/cible/": ["/carole/exterieur/", "/bob/natif/"]])
    }

    @Test func aliasesLeadToTheirPost() {
        let found = Self.responses([
            Self.post("alice", "cible", day: 1),
            Self.post("bob", "ancien", day: 2, links: ["/reseau/2019/05/06/cible.html"]),
            Self.post("carole", "vieux", day: 3, links: ["/reseau/vieux/cible"]),
        ], redirects: [
            Redirect(outputPath: "2019/05/06/cible.html", target: "/alice/cible/", title: "cible"),
            Redirect(outputPath: "vieux/cible/index.html", target: "/alice/cible/", title: "cible"),
        ])
        #expect(found == ["/alice/cible/": ["/carole/vieux/", "/bob/ancien/"]])
    }

    @Test func newestFirstAndTiesInPostOrder() {
        let found = Self.responses([
            Self.post("alice", "cible", day: 1),
            Self.post("zoe", "meme-jour", day: 5, links: ["/reseau/alice/cible/"]),
            Self.post("bob", "meme-jour", day: 5, links: ["/reseau/alice/cible/"]),
            Self.post("carole", "avant", day: 3, links: ["/reseau/alice/cible/"]),
            Self.post("david", "apres", day: 9, links: ["/reseau/alice/cible/"]),
        ])
        #expect(found == ["/alice/cible/": ["/david/apres/", "/bob/meme-jour/", "/zoe/meme-jour/", "/carole/avant/"]])
    }

    /// A build keeps each post's URLs in its cache, by the HTML's fingerprint; the next build reads them from there
    /// (a planted entry shows it) and finds the same responses as a build from nothing.
    @Test func theURLsOfPostsComeFromTheCache() throws {
        let (input, loadDiagnostics) = Fixtures.input(TextBundle.parse("""
            -- planet.yaml --
            title: P
            base_url: https://planete.example.org/reseau
            -- authors/alice/author.yaml --
            name: Alice
            -- authors/bob/author.yaml --
            name: Bob
            -- authors/alice/posts/2025-03-01-cible.md --
            ---
            title: Cible
            date: 2025-03-01
            ---
            Un billet.
            -- authors/bob/posts/2025-03-02-reponse.md --
            ---
            title: Réponse
            date: 2025-03-02
            ---
            En réponse à [Alice](/reseau/alice/cible/).
            -- authors/bob/posts/2025-03-03-autre.md --
            ---
            title: Autre
            date: 2025-03-03
            ---
            Sans lien.
            """))
        let options = BuildPipeline.Options(now: Fixtures.now)
        let first = BuildPipeline.model(input, loadDiagnostics: loadDiagnostics, options: options)
        let site = try #require(first.site)
        #expect(site.responsesByPost == ["/alice/cible/": [1]])
        let kept = first.buildCache.entries.values.compactMap { entry -> [String]? in if case .links(let urls) = entry { urls } else { nil } }
        #expect(kept.sorted { $0.count < $1.count } == [[], [], ["/reseau/alice/cible/"]])

        var again = options
        again.buildCache = first.buildCache
        #expect(BuildPipeline.model(input, loadDiagnostics: loadDiagnostics, options: again).site?.responsesByPost == site.responsesByPost)

        let other = try #require(site.posts.first { $0.slug == "autre" })
        again.buildCache.entries[BuildCache.linksKey(htmlFingerprint: other.htmlFingerprint, toolIdentity: 0)] = .links(["/reseau/alice/cible/"])
        #expect(BuildPipeline.model(input, loadDiagnostics: loadDiagnostics, options: again).site?.responsesByPost == ["/alice/cible/": [0, 1]])
    }
}
