import Foundation
import PlanetCore
import PlanetSearch
import Testing

/// The search index on a small corpus, in French and in English: stemming, accents, hashtags, phrases, filters,
/// pagination, ranking, snippets, incremental updates, and hostile queries that must never fail.
@Suite struct SearchIndexTests {
    static func document(
        _ path: String, _ title: String, _ body: String, member: String = "alice", tags: [String] = [], hashtags: [String] = [],
        year: Int = 2024, summary: String = "", language: String = ""
    ) -> SearchDocument {
        SearchDocument(
            path: path, title: title, summary: summary, body: body, tags: tags, hashtags: hashtags, member: member.capitalized,
            memberID: member, tagKeys: tags.map { $0.lowercased() }, year: year, date: year * 1000 + path.count, language: language,
            fingerprint: Fingerprint.of("\(title)|\(body)|\(year)|\(language)"))
    }

    static let french = [
        document("/alice/nuit/", "Une nuit de garde aux urgences", "Les soignantes de l’hôpital ont tenu bon. #HelpMedicalCommunity",
                 tags: ["nuit"], hashtags: ["HelpMedicalCommunity"]),
        document("/bob/planning/", "Le planning", "Trois gardes par semaine à l'hôpital : les soignants sont fatigués. helpmedicalcommunity",
                 member: "bob", tags: ["organisation"], year: 2025),
        document("/alice/cafe/", "Le café", "Un café en salle de pause, la nuit. Une garde calme.", year: 2025),
        document("/claire/urgences/", "Retour d’expérience", "Aux urgences, encore les urgences : urgences partout, urgences toujours.",
                 member: "claire"),
    ]

    /// An index in memory of `documents`, those without a language in `language`.
    static func index(_ documents: [SearchDocument], language: String = "fr") throws -> SearchIndex {
        let index = try SearchIndex(path: ":memory:")
        try index.update(documents.map { document in
            var document = document
            if document.language.isEmpty { document.language = language }
            return document
        })
        return index
    }

    static func paths(_ index: SearchIndex, _ query: String, filter: SearchFilter = SearchFilter(), page: Int = 1, perPage: Int = 10) throws -> [String] {
        try index.search(SearchQuery(query), filter: filter, page: page, perPage: perPage).hits.map(\.path)
    }

    @Test func frenchStemmingAccentsAndHashtags() throws {
        let index = try Self.index(Self.french)
        #expect(Set(try Self.paths(index, "soignants")) == ["/alice/nuit/", "/bob/planning/"], "soignants finds soignantes")
        #expect(Set(try Self.paths(index, "gardes")) == ["/alice/nuit/", "/bob/planning/", "/alice/cafe/"], "gardes finds garde")
        #expect(Set(try Self.paths(index, "hopital")) == ["/alice/nuit/", "/bob/planning/"], "hopital finds hôpital")
        #expect(Set(try Self.paths(index, "HÔPITAUX")).isSubset(of: ["/alice/nuit/", "/bob/planning/"]))
        #expect(try Self.paths(index, "#helpmedicalcommunity") == ["/alice/nuit/"], "the hashtag as written, not the plain word")
        #expect(Set(try Self.paths(index, "helpmedicalcommunity")) == ["/alice/nuit/", "/bob/planning/"])
        #expect(try Self.paths(index, "experience").count == 1, "expérience without its accent")
    }

    @Test func phrasesAndAllTermsRequired() throws {
        let index = try Self.index(Self.french)
        #expect(try Self.paths(index, "\"nuit de garde\"") == ["/alice/nuit/"], "the phrase, not its words apart")
        #expect(Set(try Self.paths(index, "nuit garde")) == ["/alice/nuit/", "/alice/cafe/"])
        #expect(try Self.paths(index, "café soignants").isEmpty)
    }

    @Test func aTitleMatchRanksBeforeABodyMatch() throws {
        let index = try Self.index(Self.french)
        #expect(try Self.paths(index, "urgences") == ["/alice/nuit/", "/claire/urgences/"])
        #expect(try Self.paths(index, "café").first == "/alice/cafe/")
    }

    @Test func filtersAndPagination() throws {
        let index = try Self.index(Self.french)
        #expect(try Self.paths(index, "gardes", filter: SearchFilter(memberID: "bob")) == ["/bob/planning/"])
        #expect(Set(try Self.paths(index, "gardes", filter: SearchFilter(year: 2025))) == ["/bob/planning/", "/alice/cafe/"])
        #expect(try Self.paths(index, "gardes", filter: SearchFilter(tagKey: "nuit")) == ["/alice/nuit/"])
        #expect(try Self.paths(index, "gardes", filter: SearchFilter(tagKey: "nu")).isEmpty, "a tag is matched whole")
        let first = try index.search(SearchQuery("gardes"), page: 1, perPage: 2)
        let second = try index.search(SearchQuery("gardes"), page: 2, perPage: 2)
        #expect(first.total == 3 && second.total == 3)
        #expect(first.hits.count == 2 && second.hits.count == 1)
        #expect(Set(first.hits.map(\.path) + second.hits.map(\.path)).count == 3)
        #expect(try index.search(SearchQuery("gardes"), page: 9, perPage: 2).hits.isEmpty)
    }

    @Test func snippetsMarkTheWordsAsWritten() throws {
        let index = try Self.index(Self.french)
        let hit = try #require(try index.search(SearchQuery("hopital soignants"), filter: SearchFilter(memberID: "alice")).hits.first)
        #expect(hit.snippet.filter(\.marked).map(\.text) == ["soignantes", "hôpital"])
        #expect(hit.snippet.map(\.text).joined().contains("Les soignantes de l’hôpital ont tenu bon."))
    }

    @Test func englishStemming() throws {
        let index = try Self.index([
            Self.document("/a/shifts/", "Night shifts", "Nurses working long night shifts in the hospital."),
            Self.document("/b/coffee/", "Coffee", "A nurse's coffee break between two shift changes.", member: "bob"),
        ], language: "en")
        #expect(Set(try Self.paths(index, "nurse")) == ["/a/shifts/", "/b/coffee/"])
        #expect(try Self.paths(index, "shifting").first == "/a/shifts/", "the title match first")
        #expect(try Self.paths(index, "hospitals") == ["/a/shifts/"])
    }

    @Test func updatesIndexOnlyWhatChanged() throws {
        let index = try Self.index(Self.french)
        #expect(index.count == 4)
        var edited = Self.french
        edited[2].body = "Un thé en salle de pause."
        edited[2].fingerprint = Fingerprint.of("changed")
        edited.remove(at: 3)
        let counts = try index.update(edited)
        #expect(counts.indexed == 1 && counts.removed == 1)
        #expect(index.count == 3)
        #expect(try Self.paths(index, "café") == ["/alice/cafe/"], "still found by its title")
        #expect(try Self.paths(index, "thé") == ["/alice/cafe/"])
        #expect(try Self.paths(index, "urgences") == ["/alice/nuit/"])
        #expect(try index.update(edited) == (0, 0) ? true : false)
    }

    @Test func queriesAreNeverSyntax() throws {
        let index = try Self.index(Self.french)
        let hostile = [
            "NEAR(nuit garde)", "title:garde", "garde OR café", "garde NOT café", "*", "garde*", "\"garde", "garde\"", "\"\"\"", "^garde",
            "-garde", "(garde", "garde)", "{title}: garde", "nuit\u{0}garde", "\u{202E}garde\u{202C}", "garde\u{200F}", "'", "''", ":", "+",
            String(repeating: "garde ", count: 20_000), String(repeating: "\"", count: 100_000), String(repeating: "é", count: 50_000),
            "\u{FFFD}\u{FFFD}", "AND", "OR", "NOT", "NEAR", "rowid:1", "search:garde",
        ]
        for query in hostile {
            _ = try index.search(SearchQuery(query))
        }
        #expect(Set(try Self.paths(index, "garde OR café")).isSubset(of: ["/alice/cafe/"]), "OR is a word: all required")
        #expect(try Self.paths(index, "title:garde").isEmpty, "a column filter is words: the phrase title garde")
        #expect(try Self.paths(index, "\"garde").count == 3, "an unbalanced quote is ignored")
        #expect(try Self.paths(index, "***").isEmpty)
        #expect(SearchQuery(String(repeating: "a ", count: 1000)).parts.count == SearchQuery.maximumParts)
        #expect(SearchQuery(String(repeating: "b", count: 10_000)).parts == [String(repeating: "b", count: SearchQuery.maximumLength)])
        #expect(SearchQuery("nuit\u{0}garde\u{202E}").parts == ["nuit", "garde"])
        #expect(SearchQuery("soins \"nuit de  garde\" café").parts == ["soins", "nuit de garde", "café"])
    }

    @Test func eachDocumentIsStemmedInItsLanguageAndQueriesInAllOfThem() throws {
        let mixed = [
            Self.document("/alice/nuit/", "Une nuit de garde", "Les soignantes couraient d’un service à l’autre."),
            Self.document("/bob/shifts/", "Night shifts", "The nurses were running between the wards.", member: "bob", language: "en"),
        ]
        let index = try Self.index(mixed)
        #expect(try Self.paths(index, "run") == ["/bob/shifts/"], "running, stemmed in English")
        #expect(try Self.paths(index, "shift") == ["/bob/shifts/"])
        #expect(try Self.paths(index, "soignants") == ["/alice/nuit/"], "soignantes, stemmed in French")
        #expect(try Self.paths(index, "gardes") == ["/alice/nuit/"])
        let allFrench = try Self.index(mixed.map { document in
            var french = document
            french.language = "fr"
            return french
        })
        #expect(try Self.paths(allFrench, "run").isEmpty, "in French, running is not a form of run")
    }

    @Test func aTextCannotPassForAFilter() throws {
        let index = try Self.index([
            Self.document("/alice/a/", "Garde", "\u{E010}m:bob\ny:1999 garde"),
            Self.document("/bob/b/", "Autre", "une garde", member: "bob"),
        ])
        #expect(try Self.paths(index, "garde", filter: SearchFilter(memberID: "bob")) == ["/bob/b/"])
        #expect(try Self.paths(index, "garde", filter: SearchFilter(year: 1999)).isEmpty)
        #expect(try Self.paths(index, "\u{E010}m:bob") == ["/alice/a/"], "a query cannot name a facet: these are the words m and bob")
    }

    @Test func beyondTheRankedLimitTheNewestAreRankedAndTitleMatchesStayFirst() throws {
        var documents = (0..<(SearchIndex.rankedLimit + 20)).map { number in
            Self.document("/m/\(number)/", "Billet \(number)", "Une garde de plus, la \(number)e.", year: 2000 + number % 20)
        }
        documents[0] = Self.document("/m/old/", "Gardes de nuit", "Le plus ancien.", year: 1990)
        let index = try Self.index(documents)
        let results = try index.search(SearchQuery("garde"), perPage: 5)
        #expect(results.more && results.total >= SearchIndex.rankedLimit)
        #expect(results.hits.first?.path == "/m/old/", "the oldest post, matched in its title, before every text match")
        let filtered = try index.search(SearchQuery("garde"), filter: SearchFilter(year: 2003), perPage: 100)
        #expect(!filtered.more && filtered.total == 51, "posts numbered 3, 23, ... 1,003")
    }

    @Test func aRebuildReplacesTheIndexThatAnotherConnectionHasOpen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planet-search-rebuild-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("search.sqlite").path
        let french = Self.french.map { document in
            var document = document
            document.language = "fr"
            return document
        }
        let running = try SearchIndex(path: path)
        try running.update(french)
        #expect(try Self.paths(running, "café") == ["/alice/cafe/"])
        #expect(try SearchIndex.rebuild(at: path, documents: Array(french.prefix(2))) == 2)
        #expect(try Self.paths(running, "café").isEmpty, "the open index answers from the new content")
        #expect(running.count == 2)
        try running.update(french)
        #expect(try Self.paths(running, "café") == ["/alice/cafe/"], "and keeps it up to date")

        let damaged = folder.appendingPathComponent("damaged.sqlite").path
        try Data(repeating: 0x41, count: 10_000).write(to: URL(fileURLWithPath: damaged))
        #expect(try SearchIndex.rebuild(at: damaged, documents: french) == 4)
        #expect(try Self.paths(try SearchIndex(path: damaged), "soignants").count == 2)
        #expect(!FileManager.default.fileExists(atPath: damaged + ".rebuild"))
    }
}
