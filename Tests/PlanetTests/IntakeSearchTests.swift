import Foundation
import Testing

/// `GET /search` on a running `planet intake` with `search:`: results in the site's layout and language with marked
/// snippets, pagination, a page without results, hostile queries answered with a page or a 4xx (never a 500) while
/// the service keeps serving, and no query in the log or the state folder.
@Suite(.serialized) struct IntakeSearchTests {
    static let site = """
        -- planet.yaml --
        title: Planète Test
        base_url: https://planete.example.org
        language: fr
        timezone: Europe/Paris
        per_page: 2
        comments:
          intake: https://commentaires.example.org
        search: https://commentaires.example.org
        -- authors/alice/author.yaml --
        name: Alice Martin
        -- authors/bob/author.yaml --
        name: Bob Durand
        -- authors/alice/posts/2024-03-01-bonjour.md --
        ---
        title: Une nuit de garde
        date: 2024-03-01
        tags: [Nuit]
        ---
        Les soignantes de l’hôpital tenaient bon (3 < 4). #HelpMedicalCommunity
        -- authors/bob/posts/2025-01-10-planning.md --
        ---
        title: Le planning
        date: 2025-01-10
        ---
        Trois gardes par semaine : les soignants sont fatigués.

        """

    static func get(_ port: UInt16, _ target: String) -> RawHTTP.Response? {
        RawHTTP.request(port: port, method: "GET", path: target, contentType: nil)
    }

    @Test func searchAnswersInTheSitesLayoutAndKeepsNoQuery() async throws {
        let folder = try Run.temporaryFolder("planet-intake-search")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site"), spool = folder.appendingPathComponent("spool")
        try Run.write(TextBundle.parse(Self.site), to: site)
        let intake = try await IntakeProcess.start(
            site: site, spool: spool, arguments: ["--deliver", "directory", "--rate-per-address", "100000", "--rate-global", "100000"])
        defer { intake.stop() }

        let found = try #require(Self.get(intake.port, "/search?q=soignants+hopital"))
        #expect(found.status == 200)
        #expect(found.body.contains("<html lang=\"fr\">"))
        #expect(found.body.contains("<a href=\"https://planete.example.org/alice/bonjour/\">Une nuit de garde</a>"))
        #expect(found.body.contains("<mark>soignantes</mark> de l’<mark>hôpital</mark> tenaient bon (3 &lt; 4)."))
        #expect(!found.body.contains("Le planning"), "every word is required")
        #expect(found.body.contains("1 résultat"))

        let both = try #require(Self.get(intake.port, "/search?q=gardes"))
        #expect(both.body.contains("2 résultats") && both.body.contains("Le planning") && both.body.contains("Une nuit de garde"))
        let filtered = try #require(Self.get(intake.port, "/search?q=gardes&member=bob&year=2025"))
        #expect(filtered.body.contains("1 résultat") && filtered.body.contains("Le planning"))
        #expect(filtered.body.contains("href=\"https://commentaires.example.org/search?q=gardes\""), "a link to the same search unfiltered")
        let hashtag = try #require(Self.get(intake.port, "/search?q=%23helpmedicalcommunity"))
        #expect(hashtag.body.contains("1 résultat"))

        let none = try #require(Self.get(intake.port, "/search?q=kangourou"))
        #expect(none.status == 200 && none.body.contains("Aucun résultat") && none.body.contains("/archives/"))
        #expect(Self.get(intake.port, "/search")?.status == 200, "the form alone")

        let hostile = [
            "/search?q=NEAR(garde+nuit)", "/search?q=title%3Agarde", "/search?q=%22garde", "/search?q=*", "/search?q=garde%00nuit",
            "/search?q=%E2%80%AEgarde", "/search?q=%FF%FE", "/search?q=%", "/search?q=a&q=b", "/search?q=garde&page=-3",
            "/search?q=garde&page=99999999999999999999", "/search?q=garde&year=abc", "/search?q=garde&tag=%00",
            "/search?q=" + String(repeating: "garde+", count: 2_000),
            "/search?q=" + String(repeating: "%22", count: 30_000),
        ]
        for target in hostile {
            let status = Self.get(intake.port, target)?.status ?? 0
            #expect(status == 200 || (400..<500).contains(status), "\(target.prefix(60)): \(status)")
        }
        #expect(Self.get(intake.port, "/search?q=gardes")?.status == 200, "the service keeps serving")
        #expect(RawHTTP.request(port: intake.port, method: "POST", path: "/search", body: Data("q=x".utf8))?.status == 405)

        #expect(!intake.output.contains("soignants") && !intake.output.contains("gardes") && !intake.output.contains("kangourou"))
        #expect(!intake.output.contains("q="), "no query in the log")
        let stored = try FileManager.default.subpathsOfDirectory(atPath: spool.path)
        #expect(stored.contains("search.sqlite"))
        for path in stored {
            let data = (try? Data(contentsOf: spool.appendingPathComponent(path))) ?? Data()
            #expect(data.range(of: Data("kangourou".utf8)) == nil, "no query kept in \(path)")
        }
    }

    static let commentedSite = """
        -- planet.yaml --
        title: Planète Test
        base_url: https://planete.example.org
        language: fr
        timezone: Europe/Paris
        search:
          intake: https://commentaires.example.org
          comments: true
        -- authors/alice/author.yaml --
        name: Alice Martin
        -- authors/bob/author.yaml --
        name: Bob Durand
        -- authors/alice/posts/2024-03-01-bonjour.md --
        ---
        title: Une nuit de garde
        date: 2024-03-01
        ---
        Les soignantes de l’hôpital tenaient bon.
        -- authors/bob/posts/2025-01-10-shifts.md --
        ---
        title: Night shifts
        date: 2025-01-10
        lang: en
        ---
        The nurses were running between the wards.
        -- comments/alice/bonjour/2024-03-02T10-00-00-zoe.md --
        ---
        author: Zoé
        date: 2024-03-02T10:00:00+01:00
        ---
        Merci pour ce récit des brancardiers.
        -- comments/alice/bonjour/2024-03-03T10-00-00-yves.md --
        ---
        author: Yves
        date: 2024-03-03T10:00:00+01:00
        status: pending
        ---
        Pas encore lu : les kinésithérapeutes.

        """

    /// With `search: {comments: true}`: published comments are found and linked to their anchor, pending ones never;
    /// an English post on a French site is stemmed in English; `planet intake search-rebuild` replaces the index of
    /// the running intake.
    @Test func commentsLanguagesAndARebuildWhileTheIntakeRuns() async throws {
        let folder = try Run.temporaryFolder("planet-intake-search-comments")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site"), spool = folder.appendingPathComponent("spool")
        try Run.write(TextBundle.parse(Self.commentedSite), to: site)
        let intake = try await IntakeProcess.start(
            site: site, spool: spool, arguments: ["--deliver", "directory", "--rate-per-address", "100000", "--rate-global", "100000"])
        defer { intake.stop() }

        let comment = try #require(Self.get(intake.port, "/search?q=brancardier"))
        #expect(comment.body.contains("1 résultat"))
        #expect(comment.body.contains("href=\"https://planete.example.org/alice/bonjour/#comment-2024-03-02T10-00-00-zoe\""))
        #expect(comment.body.contains("Commentaire de Zoé"))
        #expect(comment.body.contains("<mark>brancardiers</mark>"))
        #expect(Self.get(intake.port, "/search?q=kinesitherapeutes")?.body.contains("Aucun résultat") == true, "a pending comment is not searched")
        #expect(Self.get(intake.port, "/search?q=run")?.body.contains("Night shifts") == true, "running, stemmed in English")
        #expect(Self.get(intake.port, "/search?q=soignants")?.body.contains("Une nuit de garde") == true)

        try FileManager.default.removeItem(at: site.appendingPathComponent("comments/alice/bonjour/2024-03-02T10-00-00-zoe.md"))
        let rebuilt = try Run.planet(["intake", "search-rebuild", site.path, "--spool", spool.path])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(rebuilt.stdout.contains("Indexed 2 documents"), "\(rebuilt.stdout)")
        #expect(Self.get(intake.port, "/search?q=brancardier")?.body.contains("Aucun résultat") == true, "the running intake answers from the new index")
        #expect(Self.get(intake.port, "/search?q=run")?.body.contains("Night shifts") == true)
        #expect(!FileManager.default.fileExists(atPath: spool.appendingPathComponent("search.sqlite.rebuild").path))

        let noSearch = try Run.planet(["intake", "search-rebuild", site.appendingPathComponent("authors").path, "--spool", spool.path])
        #expect(noSearch.status == 1)
    }
}
