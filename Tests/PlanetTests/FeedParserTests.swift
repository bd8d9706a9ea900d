import Foundation
import PlanetXML
import Testing

/// The feed parser on real-world quirks of Atom, RSS 2.0 and RSS 1.0, and the dates feeds write.
@Suite struct FeedParserTests {
    static func feed(_ name: String, url: String = "https://feeds.example.fr/feed.xml") throws -> ParsedFeed {
        let data = try Data(contentsOf: Fixtures.fixtures.appendingPathComponent("feeds/\(name)"))
        return try FeedParser.parse(data, url: url).get()
    }

    static func date(_ text: String) -> Date { FeedDate.parse(text)! }

    @Test func atomQuirks() throws {
        let feed = try Self.feed("atom-quirks.xml")
        #expect(feed.format == .atom)
        #expect(feed.title == "Le carnet du Dr Lemoine")
        #expect(feed.siteURL == "https://carnet.example.fr/blog/")
        #expect(feed.entries.count == 3)
        let visits = feed.entries[0]
        #expect(visits.title == "Les visites <b>à domicile</b>", "a title without a type is text, markup included")
        #expect(visits.link == "https://carnet.example.fr/blog/2025/visites.html")
        #expect(visits.id == "tag:carnet.example.fr,2025:visites")
        #expect(visits.published == Self.date("2025-02-01T17:30:00Z"))
        #expect(visits.updated == Self.date("2025-02-02T08:00:00Z"))
        #expect(visits.categories == ["Santé publique", "Hiver"])
        #expect(visits.author == "Paul Lemoine")
        #expect(visits.contentHTML.contains("href=\"https://carnet.example.fr/blog/photos/\""))
        #expect(visits.contentHTML.contains("src=\"https://carnet.example.fr/img/route.jpg\""))
        let text = feed.entries[1]
        #expect(text.title == "Texte & brut")
        #expect(text.link == "https://carnet.example.fr/blog/texte")
        #expect(text.published == nil)
        #expect(text.updated == Self.date("2025-01-13T06:15:00Z"))
        #expect(text.summaryHTML == "Un résumé avec &lt;balise&gt; visible")
        let undated = feed.entries[2]
        #expect(undated.published == nil && undated.updated == nil)
        #expect(undated.link == "https://carnet.example.fr/blog/sans-date")
        #expect(undated.contentHTML == "<p>Pas de date.</p>")
    }

    @Test func rss2Quirks() throws {
        let feed = try Self.feed("rss2-quirks.xml", url: "https://cabinet-du-port.example.fr/feed/")
        #expect(feed.format == .rss2)
        #expect(feed.siteURL == "https://cabinet-du-port.example.fr/")
        let flu = feed.entries[0]
        #expect(flu.id == "cabinet-42")
        #expect(flu.link == "https://cabinet-du-port.example.fr/2025/01/grippe")
        #expect(flu.published == Self.date("2025-01-14T13:00:00Z"))
        #expect(flu.author == "Marie Kerouac")
        #expect(flu.categories == ["Santé", "Épidémies"])
        #expect(flu.summaryHTML == "<p>Le résumé.</p>")
        #expect(flu.contentHTML.contains("<strong>complet</strong>"))
        #expect(flu.contentHTML.contains("href=\"https://cabinet-du-port.example.fr/contact\""))
        let untitled = feed.entries[1]
        #expect(untitled.title.isEmpty)
        #expect(untitled.link == "https://cabinet-du-port.example.fr/2024/12/notes")
        #expect(untitled.id == untitled.link)
        #expect(untitled.published == Self.date("2024-12-03T16:05:00Z"))
        let wrongDay = feed.entries[2]
        #expect(wrongDay.link == "https://cabinet-du-port.example.fr/2024/11/jour-faux")
        #expect(wrongDay.published == Self.date("2024-11-05T10:00:00Z"))
    }

    @Test func rss1() throws {
        let feed = try Self.feed("rss1.rdf")
        #expect(feed.format == .rss1)
        #expect(feed.title == "La Pharmacie des Halles")
        #expect(feed.entries.map(\.id) == ["https://pharmacie.example.org/ordonnances", "https://pharmacie.example.org/vaccins"])
        #expect(feed.entries[0].published == Self.date("2024-10-07T07:30:00Z"))
        #expect(feed.entries[0].categories == ["Médicaments"])
        #expect(feed.entries[0].author == "Jeanne Roy")
        #expect(feed.entries[1].published == Self.date("2024-09-02T00:00:00Z"))
        #expect(feed.entries[1].contentHTML == "<p>Tout sur la vaccination <em>en pharmacie</em>.</p>")
    }

    @Test func declaredEncodingIsHonoured() throws {
        let feed = try Self.feed("latin1-declared.xml")
        #expect(feed.title == "Café médical")
        #expect(feed.entries.first?.title == "Résumé détaillé")
        #expect(feed.entries.first?.contentHTML == "Été brûlant")
    }

    @Test func falseUTF8IsReadAsWindows1252() throws {
        let feed = try Self.feed("utf8-declared-but-cp1252.xml")
        #expect(feed.title == "Mal encodé")
        #expect(feed.entries.first?.title == "Café “serré”")
        #expect(feed.entries.first?.contentHTML == "déjà")
    }

    @Test func slightlyBrokenFeedsAreRecovered() throws {
        let feed = try Self.feed("broken-recoverable.xml")
        #expect(feed.entries.count >= 1)
        #expect(feed.entries.first?.link == "https://tj.example.fr/a")
    }

    @Test func documentsThatAreNoFeedsAreRefused() throws {
        let html = try Data(contentsOf: Fixtures.fixtures.appendingPathComponent("feeds/not-a-feed.html"))
        #expect(FeedParser.parse(html, url: "https://x.example/") == .failure(.notAFeed("html")))
        let garbage = try Data(contentsOf: Fixtures.fixtures.appendingPathComponent("feeds/garbage.txt"))
        #expect(FeedParser.parse(garbage, url: "https://x.example/") == .failure(.invalidXML))
        #expect(FeedParser.parse(Data(), url: "https://x.example/") == .failure(.invalidXML))
    }

    @Test(arguments: [
        ("2025-02-01T18:30:00+01:00", "2025-02-01T17:30:00Z"),
        ("2025-02-01t17:30:00z", "2025-02-01T17:30:00Z"),
        ("2025-02-01 17:30:00", "2025-02-01T17:30:00Z"),
        ("2025-02-01T17:30:00.123456Z", "2025-02-01T17:30:00Z"),
        ("2025-02-01T19:30+0200", "2025-02-01T17:30:00Z"),
        ("2025-02-01T19:30:00+02", "2025-02-01T17:30:00Z"),
        ("2025-02-01", "2025-02-01T00:00:00Z"),
        ("Sat, 01 Feb 2025 17:30:00 GMT", "2025-02-01T17:30:00Z"),
        ("Sat, 1 Feb 2025 18:30:00 +0100", "2025-02-01T17:30:00Z"),
        ("01 Feb 2025 12:30:00 EST", "2025-02-01T17:30:00Z"),
        ("Mon, 01 Feb 2025 17:30 UT", "2025-02-01T17:30:00Z"),
        ("Saturday, 01 February 2025 19:30:00 CEST", "2025-02-01T17:30:00Z"),
        ("Sat, 01 Feb 25 17:30:00 Z", "2025-02-01T17:30:00Z"),
        ("Sat, 01-Feb-2025 17:30:00 +00:00", "2025-02-01T17:30:00Z"),
        ("Sat, 01 Feb 2025", "2025-02-01T00:00:00Z"),
    ])
    func dates(_ text: String, _ expected: String) {
        #expect(FeedDate.parse(text) == ISO8601DateFormatter().date(from: expected))
    }

    @Test(arguments: ["", "hier", "2025-02-30T10:00:00Z", "2025-13-01", "Sat, 32 Feb 2025 10:00:00 GMT", "Sat, 01 Foo 2025", "2025-02-01T25:00:00Z"])
    func impossibleDates(_ text: String) {
        #expect(FeedDate.parse(text) == nil)
    }
}
