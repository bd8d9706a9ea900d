import Foundation
import PlanetBuild
import PlanetCore
import Testing

/// The date archives (`/archives/`, a year, a month, a member's year), the links between a member's posts,
/// and the header's archives link or search form.
@Suite struct ArchiveTests {
    static func page(_ result: BuildPipeline.Result, _ path: String) -> String {
        guard case .data(let data)? = result.files.first(where: { $0.path == path })?.content else { return "missing \(path)" }
        return String(decoding: data, as: UTF8.self)
    }

    static func post(_ author: String, _ stem: String, _ date: String, _ title: String) -> String {
        "-- authors/\(author)/posts/\(stem).md --\n---\ntitle: \(title)\ndate: \(date)\n---\nTexte.\n\n"
    }

    /// Alice: 2024-03-01 (the minimal site's), 2024-03-15, 2024-05-02, and 2025-01-01 00:30 in Paris (2024 in UTC);
    /// Bob: 2024-03-20. Two posts a page.
    static let site = Fixtures.withMinimalSite(
        "-- authors/bob/author.yaml --\nname: Bob Durand\n"
            + post("alice", "2024-03-15-garde", "2024-03-15", "Une garde")
            + post("alice", "2024-05-02-printemps", "2024-05-02", "Printemps")
            + post("alice", "2025-01-01-nouvel-an", "2025-01-01 00:30", "Nouvel an")
            + post("bob", "2024-03-20-relais", "2024-03-20", "Relais"))
        .merging(["planet.yaml": Data("title: Planète Test\nbase_url: https://planete.example.org\nlanguage: fr\ntimezone: Europe/Paris\nper_page: 2\n".utf8)]) { $1 }

    static let result = Fixtures.build(site)

    @Test func postsGroupByYearAndMonthInTheSitesTimeZone() {
        let day = { (seconds: Double) in Date(timeIntervalSince1970: seconds) }
        let posts = [
            Post(authorID: "a", slug: "c", title: "C", date: day(1_735_687_800), sourcePath: "c.md"),  // 2024-12-31T23:30Z
            Post(authorID: "a", slug: "b", title: "B", date: day(1_735_684_200), sourcePath: "b.md"),  // 2024-12-31T22:30Z
            Post(authorID: "b", slug: "a", title: "A", date: day(1_709_208_000), sourcePath: "a.md"),  // 2024-02-29T12:00Z
        ]
        let paris = DateArchive(posts: posts, timeZone: TimeZone(identifier: "Europe/Paris")!)
        #expect(paris.years.map(\.year) == [2025, 2024])
        #expect(paris.years.map { $0.months.map(\.month) } == [[1], [12, 2]])
        #expect(paris.years.map(\.postIndices) == [[0], [1, 2]])
        #expect(paris.years[1].months[1].path == "/archives/2024/02/")
        let utc = DateArchive(posts: posts, timeZone: TimeZone(identifier: "UTC")!)
        #expect(utc.years.map(\.year) == [2024])
        #expect(utc.years[0].months.map(\.postIndices) == [[0, 1], [2]])
        #expect(DateArchive(posts: posts, indices: [2], timeZone: .gmt).years.map(\.postIndices) == [[2]])
        #expect(DateArchive(posts: [], timeZone: .gmt).years.isEmpty)
    }

    @Test func theIndexListsYearsWithTheirMonthsAndCounts() {
        #expect(Self.result.succeeded, "\(Self.result.diagnostics.map(\.rendered))")
        let html = Self.page(Self.result, "archives/index.html")
        let years = html.components(separatedBy: "<section class=\"archive-year\"").dropFirst().map { section in
            section.components(separatedBy: "<li>").dropFirst().map { $0.components(separatedBy: "</li>")[0] }
        }
        #expect(html.contains("<a href=\"/archives/2025/\">2025</a> <span class=\"archive-year__count\">1 billet</span>"))
        #expect(html.contains("<a href=\"/archives/2024/\">2024</a> <span class=\"archive-year__count\">4 billets</span>"))
        #expect(years == [
            ["<a href=\"/archives/2025/01/\">Janvier</a> <span class=\"archive-months__count\">1 billet</span>"],
            ["<a href=\"/archives/2024/05/\">Mai</a> <span class=\"archive-months__count\">1 billet</span>",
             "<a href=\"/archives/2024/03/\">Mars</a> <span class=\"archive-months__count\">3 billets</span>"],
        ])
        #expect(html.contains("<title>Archives · Planète Test</title>"))
    }

    @Test func periodsListTheirPostsPaginatedLikeTheRiver() {
        let march = Self.page(Self.result, "archives/2024/03/index.html")
        #expect(march.contains("<h1 class=\"page-title\">Mars 2024</h1>"))
        #expect(march.contains("<a href=\"/archives/2024/\">2024</a>"), "a month links up to its year")
        #expect(march.contains("href=\"/bob/relais/\"") && march.contains("href=\"/alice/garde/\""))
        #expect(!march.contains("href=\"/alice/bonjour/\""), "the oldest post is on page 2")
        #expect(march.contains("href=\"/archives/2024/03/page/2/\" rel=\"next\""))
        let second = Self.page(Self.result, "archives/2024/03/page/2/index.html")
        #expect(second.contains("href=\"/alice/bonjour/\"") && second.contains("Page 2 sur 2"))
        let year = Self.page(Self.result, "archives/2024/index.html")
        #expect(year.contains("<h1 class=\"page-title\">Les billets de 2024</h1>"))
        #expect(year.contains("<a href=\"/archives/2024/05/\">Mai</a>"), "a year links to its months")
        #expect(Self.page(Self.result, "archives/2025/01/index.html").contains("href=\"/alice/nouvel-an/\""))
        #expect(Self.page(Self.result, "archives/2025/02/index.html") == "missing archives/2025/02/index.html")
    }

    @Test func membersLinkToTheirYears() {
        let alice = Self.page(Self.result, "alice/index.html")
        #expect(alice.contains("<a href=\"/alice/archives/2025/\">2025</a> <span class=\"archive-months__count\">1 billet</span>"))
        #expect(alice.contains("<a href=\"/alice/archives/2024/\">2024</a> <span class=\"archive-months__count\">3 billets</span>"))
        let year = Self.page(Self.result, "alice/archives/2024/index.html")
        #expect(year.contains("<h1 class=\"page-title\">Les billets de Alice Martin en 2024</h1>"))
        #expect(year.contains("href=\"/alice/printemps/\"") && !year.contains("href=\"/bob/relais/\""))
        #expect(Self.page(Self.result, "alice/archives/2024/page/2/index.html").contains("href=\"/alice/bonjour/\""))
        #expect(Self.page(Self.result, "bob/index.html").contains("href=\"/bob/archives/2024/\""))
    }

    @Test func postsLinkToTheSameMembersNeighbours() {
        let neighbours = { (path: String) -> [String] in
            let html = Self.page(Self.result, path)
            guard let start = html.range(of: "<nav class=\"post-neighbours\""), let end = html[start.upperBound...].range(of: "</nav>") else { return [] }
            return html[start.upperBound..<end.lowerBound].components(separatedBy: "href=\"").dropFirst().map { part in
                let url = part.prefix { $0 != "\"" }
                return "\(url) \(part.contains("rel=\"prev\"") ? "prev" : "next")"
            }
        }
        #expect(neighbours("alice/garde/index.html") == ["/alice/bonjour/ prev", "/alice/printemps/ next"])
        #expect(neighbours("alice/bonjour/index.html") == ["/alice/garde/ next"])
        #expect(neighbours("alice/nouvel-an/index.html") == ["/alice/printemps/ prev"])
        #expect(neighbours("bob/relais/index.html") == [], "a member's only post has no neighbours")
        #expect(Self.page(Self.result, "alice/garde/index.html").contains("aria-label=\"Les billets de Alice Martin\""))
    }

    @Test func theHeaderLinksToTheArchivesWithoutSearch() {
        let home = Self.page(Self.result, "index.html")
        #expect(home.contains("<a class=\"site-find__archives\" href=\"/archives/\">Archives</a>"))
        #expect(!home.contains("<form class=\"site-search\""))
        #expect(Self.page(Self.result, "archives/index.html").contains("href=\"/archives/\" aria-current=\"page\">Archives</a>"))
        #expect(Self.page(Self.result, "archives/2024/index.html").contains("href=\"/archives/\" aria-current=\"true\">Archives</a>"))
        #expect(home.contains("form-action 'none'"))
    }

    @Test func theHeaderHasASearchFormWithSearch() {
        let result = Fixtures.build(Self.site.merging(["planet.yaml": Data(
            "title: Planète Test\nbase_url: https://planete.example.org\nlanguage: fr\nsearch: https://intake.example.org/\n".utf8)]) { $1 })
        let home = Self.page(result, "index.html")
        #expect(home.contains("<form class=\"site-search\" role=\"search\" action=\"https://intake.example.org/search\" method=\"get\">"))
        #expect(home.contains("<input class=\"site-search__input\" id=\"site-search-q\" type=\"search\" name=\"q\""))
        #expect(home.contains("form-action 'self' https://intake.example.org;"))
        #expect(home.contains("class=\"site-find__archives\""), "the archives stay linked")
        let bad = Fixtures.build(Self.site.merging(["planet.yaml": Data(
            "title: Planète Test\nbase_url: https://planete.example.org\nsearch: intake.example.org\n".utf8)]) { $1 })
        #expect(bad.diagnostics.map { $0.rendered.split(separator: "\n")[0] } == [
            "planet.yaml:3:9: error: `search` must be the absolute http or https URL of `planet intake`, such as https://comments.example.org",
        ])
    }

    @Test func archivesIsReserved() {
        let result = Fixtures.build(Fixtures.withMinimalSite(Self.post("alice", "2024-04-01-archives", "2024-04-01", "Mes archives")))
        #expect(result.diagnostics.map(\.rendered).contains {
            $0.contains("authors/alice/posts/2024-04-01-archives.md") && $0.contains("slug `archives` is reserved")
        })
        let member = Fixtures.build(Fixtures.withMinimalSite("-- authors/archives/author.yaml --\nname: Archives\n"))
        #expect(!member.succeeded || member.diagnostics.contains { $0.rendered.contains("archives") })
    }
}
