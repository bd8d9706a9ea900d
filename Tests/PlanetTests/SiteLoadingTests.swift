import Foundation
import PlanetCore
@testable import PlanetIntake
import Testing

/// The intake's readings of the site: one that starts from the build cache the previous reading left (as after a
/// pull) knows exactly what a reading from nothing knows, edits, new files and broken files included.
@Suite struct SiteLoadingTests {
    /// What a reading knows that a pull can change.
    static func summary(_ knowledge: SiteKnowledge) -> [String] {
        knowledge.threads.sorted { $0.key < $1.key }.map { key, thread in
            "\(key): \(thread.title) \(thread.published.map(\.id)) \(thread.takenIDs.sorted())"
        } + knowledge.filesWithErrors + (knowledge.searchDocuments.map { zip($0.keys, $0.fingerprints).map { "\($0) \($1)" } } ?? [])
    }

    @Test func aReadingWithThePreviousCacheKnowsWhatAReadingFromNothingKnows() throws {
        let folder = try Run.temporaryFolder("planet-site-loading")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configured = HTMLFingerprintTests.site.replacingOccurrences(of: "timezone: Europe/Paris", with: "timezone: Europe/Paris\nsearch: https://planete.example.org/recherche")
        try Run.write(TextBundle.parse(configured), to: folder)
        let (first, cache) = try SiteLoading.knowledge(folder: folder.path, now: Fixtures.now, cache: BuildCache())
        #expect(first.threads["alice/nuit"]?.title == "Une nuit de garde")
        #expect(!cache.entries.isEmpty)
        try Run.write(TextBundle.parse("""
            -- authors/alice/posts/2024-03-05-nuit.md --
            ---
            title: Une nuit aux urgences
            date: 2024-03-05
            ---
            Les soignantes tenaient bon.
            -- comments/alice/nuit/2024-03-07T10-00-00-yann.md --
            ---
            author: Yann
            date: 2024-03-07T10:00:00+01:00
            ---
            Bravo.
            -- authors/alice/posts/2024-03-08-casse.md --
            ---
            title: [cassé
            ---
            Rien.

            """), to: folder)
        let (second, _) = try SiteLoading.knowledge(folder: folder.path, now: Fixtures.now, cache: cache)
        let fromNothing = try SiteLoading.knowledge(folder: folder.path, now: Fixtures.now)
        #expect(second.threads["alice/nuit"]?.title == "Une nuit aux urgences")
        #expect(second.threads["alice/nuit"]?.published.map(\.authorName) == ["Zoé", "Yann"])
        #expect(second.filesWithErrors == ["authors/alice/posts/2024-03-08-casse.md"])
        #expect(Self.summary(second) == Self.summary(fromNothing))
        #expect(Self.summary(second) != Self.summary(first))
    }
}
