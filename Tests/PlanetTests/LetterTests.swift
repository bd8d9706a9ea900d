import Foundation
import PlanetBuild
import PlanetCore
import PlanetXML
import Testing

/// The weekly letter: its ISO weeks, its content for a fixture week in French and English (the page, the index,
/// the home page's link, the feed of letters: golden snapshots), and its e-mail written by `planet letter`, parsed
/// back by Python's `email` package.
@Suite struct LetterTests {
    static let week = LetterWeek(year: 2024, week: 10)

    /// The fixture week: the site of `letter.site` with an outside entry of alice's blog, in `language`.
    static func files(language: String) throws -> [String: Data] {
        var files = TextBundle.parse(try Fixtures.text(of: "letter.site").replacingOccurrences(of: "language: fr", with: "language: \(language)"))
        let cache = FeedCache(
            url: "https://blog.example.net/feed.xml", title: "Le blog d'Alice", siteURL: "https://blog.example.net/",
            firstFetched: FeedDate.parse("2024-01-01T00:00:00Z")!, entries: [
                FeedCacheEntry(
                    id: "dehors", link: "https://blog.example.net/dehors", title: "Écrit ailleurs", published: FeedDate.parse("2024-03-08T10:00:00Z"),
                    firstSeen: FeedDate.parse("2024-03-08T12:00:00Z")!, slug: "ecrit-ailleurs", categories: [], contentHTML: "<p>Sur mon blog.</p>"),
            ])
        files[".planet/feeds/alice/\(FeedSubscription(url: cache.url).cacheName)"] = cache.encoded()
        return files
    }

    static func letterFiles(_ result: BuildPipeline.Result, folder: String) -> [OutputFile] {
        result.files.filter { $0.path.hasPrefix(folder + "/") || $0.path == "index.html" }
    }

    @Test func isoWeeks() throws {
        #expect(LetterWeek("2026-W49") == LetterWeek(year: 2026, week: 49))
        #expect(LetterWeek("2025-W53") == nil)
        #expect(LetterWeek("2026-W53") == LetterWeek(year: 2026, week: 53))
        #expect(LetterWeek("2020-W53") == LetterWeek(year: 2020, week: 53))
        #expect(LetterWeek("2026-49") == nil)
        #expect(LetterWeek("2026-W00") == nil)
        #expect(LetterWeek(year: 2024, week: 9).pathSegment == "2024-09")
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let (start, end) = Self.week.interval(in: paris)
        #expect(RFC3339.string(start) == "2024-03-03T23:00:00Z")
        #expect(RFC3339.string(end) == "2024-03-10T23:00:00Z")
        // Monday 2024-12-30 belongs to 2025-W01; the week before a Monday 00:30 in Paris is the one that just ended.
        #expect(LetterWeek.containing(FeedDate.parse("2024-12-30T12:00:00Z")!, in: paris) == LetterWeek(year: 2025, week: 1))
        #expect(LetterWeek.lastComplete(before: FeedDate.parse("2024-03-10T23:30:00Z")!, in: paris) == Self.week)
        #expect(LetterWeek.lastComplete(before: FeedDate.parse("2024-03-10T22:30:00Z")!, in: paris) == LetterWeek(year: 2024, week: 9))
    }

    @Test func frenchLetter() throws {
        let result = Fixtures.build(try Self.files(language: "fr"))
        #expect(result.diagnostics.map(\.rendered) == [])
        let site = try #require(result.site)
        let letter = try #require(site.letters.first)
        #expect(letter.members.map(\.authorID) == ["alice", "bob", "carole"])
        #expect(letter.members[0].postIndices.map { site.posts[$0].slug } == ["soins-du-mardi", "ecrit-ailleurs"])
        #expect(letter.conversations.map { site.posts[$0.postIndex].slug } == ["ancien-billet", "soins-du-mardi"])
        #expect(letter.conversations[0].commentCount == 2 && letter.conversations[0].responseIndices.count == 1)
        #expect(letter.newMemberIDs == ["carole"])
        #expect(letter.hashtags.map(\.count) == [3, 1])
        try Snapshot.assertMatches(Self.letterFiles(result, folder: "lettres"), named: "letter-fr")
    }

    @Test func englishLetter() throws {
        let result = Fixtures.build(try Self.files(language: "en"))
        #expect(result.diagnostics.map(\.rendered) == [])
        try Snapshot.assertMatches(Self.letterFiles(result, folder: "letters"), named: "letter-en")
    }

    /// A recorded week in which nothing happened is a warning, and no page.
    /// Where the intake keeps the subscribers (readers comment through it, and no mailing list takes the letter),
    /// the letters' index and each letter link to its form; with a mailing list, they do not.
    @Test func lettersLinkToTheIntakesSubscriptionForm() throws {
        func pages(_ replace: (String, String)) throws -> [String] {
            var files = try Self.files(language: "fr")
            let config = String(decoding: try #require(files["planet.yaml"]), as: UTF8.self)
            files["planet.yaml"] = Data(config.replacingOccurrences(of: replace.0, with: replace.1).utf8)
            let result = Fixtures.build(files)
            return ["lettres/index.html", "lettres/2024-10/index.html"].map { ArchiveTests.page(result, $0) }
        }
        let link = "<a href=\"https://commentaires.example.org/letter/subscribe\">La recevoir par courriel</a>"
        let subscribers = try pages(("letter:\n  list: soignants@listes.example.org\n", "comments:\n  intake: https://commentaires.example.org\n"))
        #expect(subscribers.allSatisfy { $0.contains(link) })
        let list = try pages(("letter:\n", "comments:\n  intake: https://commentaires.example.org\nletter:\n"))
        #expect(list.allSatisfy { $0.contains("<h1") && !$0.contains("letter/subscribe") })
    }

    @Test func emptyWeekGivesNoLetter() throws {
        var files = try Self.files(language: "en")
        files["letters/2024-W20.yaml"] = Data()
        files["letters/not-a-week.yaml"] = Data()
        let result = Fixtures.build(files)
        #expect(result.diagnostics.map(\.rendered) == [
            "letters/2024-W20.yaml:1:1: warning: nothing was published in 2024-W20: no letter for that week; remove the file",
            "letters/not-a-week.yaml:1:1: warning: ignored: a weekly letter's file is named after its ISO week, such as letters/2026-W49.yaml",
        ])
        #expect(result.files.filter { $0.path.hasPrefix("letters/") }.map(\.path) == ["letters/2024-10/index.html", "letters/atom.xml", "letters/index.html"])
    }

    /// `planet letter` records the week, writes the same e-mail twice, and Python's `email` reads it back: a
    /// multipart/alternative with a plain text and an HTML part, inline styles only, nothing fetched from afar.
    @Test(arguments: ["fr", "en"]) func mailOfTheWeek(language: String) throws {
        let folder = try Run.temporaryFolder("planet-letter")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = try Self.files(language: language)
        files["letters/2024-W10.yaml"] = nil
        try Run.write(files, to: folder)
        let empty = try Run.planet(["letter", folder.path, "--week", "2024-W20"])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("No letter for 2024-W20: nothing was published or commented that week."))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("letters/2024-W20.yaml").path))
        let made = try Run.planet(["letter", folder.path, "--week", "2024-W10"])
        #expect(made.status == 0, "\(made.stderr)")
        let mail = folder.appendingPathComponent(".planet/letters/2024-W10.eml")
        let first = try Data(contentsOf: mail)
        #expect(try Run.planet(["letter", folder.path, "--week", "2024-W10"]).status == 0)
        #expect(try Data(contentsOf: mail) == first)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("letters/2024-W10.yaml").path))
        try Snapshot.assertMatches([OutputFile(path: "2024-W10.eml", content: .data(first))], named: "letter-mail-\(language)")
        let check = try Run.program("/usr/bin/python3", ["-c", Self.mailCheck, mail.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "multipart/alternative text/plain text/html soignants@listes.example.org <letter-2024-W10@planete.example.org>\n")
    }

    /// Parses the message with Python's `email`, and fails on a remote resource, a style sheet or a script in the HTML.
    static let mailCheck = #"""
        import email, email.policy, re, sys
        from html.parser import HTMLParser
        message = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
        assert not message.defects, message.defects
        parts = list(message.iter_parts())
        assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"], parts
        html = parts[1].get_content()
        class Check(HTMLParser):
            def handle_starttag(self, tag, attrs):
                assert tag not in ("img", "script", "link", "style", "iframe", "object", "embed"), tag
                for name, value in attrs:
                    assert name not in ("src", "srcset", "background", "class"), (tag, name)
                    if name == "href":
                        assert value.startswith("https://planete.example.org/") or value.startswith("https://blog.example.net/"), value
        Check().feed(html)
        assert "https://planete.example.org/" in parts[0].get_content()
        for header in ("From", "To", "Subject", "Date", "Message-ID"):
            assert message[header], header
        print(message.get_content_type(), parts[0].get_content_type(), parts[1].get_content_type(), message["To"], message["Message-ID"])
        """#
}
