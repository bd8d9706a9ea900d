import Foundation
import PlanetCore
import PlanetSearch
import Testing

/// `Post.textFingerprint` (kept in step with the fields it covers, whichever way they change) and
/// `Post.pathFingerprint` (the fingerprint of the path, made without it), which the search corpus reads instead of
/// each post's fields.
@Suite struct PostFingerprintsTests {
    static let post = Post(
        authorID: "alice", slug: "une-nuit", title: "Une nuit", date: Date(timeIntervalSince1970: 1_700_000_000), tags: ["Nuit"],
        summary: "Les soignantes.", contentHTML: "<p>Les soignantes.</p>", hashtags: ["HelpMedicalCommunity"],
        sourcePath: "authors/alice/posts/2023-11-14-une-nuit.md")

    /// The post as its initializer makes it from `post`'s fields: what the fingerprint must be after any change.
    static func remade(_ post: Post) -> Post {
        Post(authorID: post.authorID, slug: post.slug, title: post.title, date: post.date, updated: post.updated, tags: post.tags,
             summary: post.summary, contentHTML: post.contentHTML, hashtags: post.hashtags, isDraft: post.isDraft,
             commentsOpen: post.commentsOpen, sourcePath: post.sourcePath, language: post.language, htmlFingerprint: post.htmlFingerprint)
    }

    @Test func eachCoveredFieldChangesTheTextFingerprintAndKeepsItInStep() {
        let edits: [(String, (inout Post) -> Void)] = [
            ("author", { $0.authorID = "bruno" }), ("slug", { $0.slug = "une-autre" }), ("title", { $0.title = "Deux nuits" }),
            ("date", { $0.date = Date(timeIntervalSince1970: 1_700_000_001) }), ("a tag added", { $0.tags.append("Garde") }),
            ("tags moved", { $0.tags = ["Nu", "it"] }), ("summary", { $0.summary = "Les soignants." }),
            ("body", { $0.htmlFingerprint = 1 }), ("a hashtag", { $0.hashtags[0] = "helpmedicalcommunity" }),
            ("language", { $0.language = "en" }), ("an empty language", { $0.language = "" }),
        ]
        var seen: Set<UInt64> = [Self.post.textFingerprint]
        for (name, edit) in edits {
            var post = Self.post
            edit(&post)
            #expect(post.textFingerprint == Self.remade(post).textFingerprint, "\(name): in step")
            #expect(seen.insert(post.textFingerprint).inserted, "\(name): a fingerprint of its own")
        }
    }

    @Test func fieldsOutsideTheTextLeaveItAsItIs() {
        var post = Self.post
        post.contentHTML += "<p>Un lien de hashtag réécrit.</p>"
        post.isDraft = true
        post.commentsOpen = false
        post.updated = Date(timeIntervalSince1970: 1_800_000_000)
        post.bundleFiles = ["photo.jpg"]
        #expect(post.textFingerprint == Self.post.textFingerprint)
        var reverted = Self.post
        reverted.title = "Autre"
        reverted.title = Self.post.title
        #expect(reverted.textFingerprint == Self.post.textFingerprint)
    }

    @Test(arguments: [
        ("alice", "une-nuit"), ("zoé", "hôpital-de-jour"), ("a", ""), ("soignant·e·s", "🩺-garde"),
        ("bruno", String(repeating: "très-long-", count: 60)),
    ])
    func thePathFingerprintIsThePathsFingerprint(author: String, slug: String) {
        let post = Post(authorID: author, slug: slug, title: "T", date: Date(timeIntervalSince1970: 0), sourcePath: "x.md")
        #expect(post.pathFingerprint == Fingerprint.of("/\(author)/\(slug)/"))
        #expect(post.pathFingerprint == Fingerprint.of(post.path))
    }

    @Test func aRenamedMemberIsIndexedAgainAndNoOneElse() throws {
        let site = Fixtures.minimalSite + """
            -- authors/bruno/author.yaml --
            name: Bruno Petit
            -- authors/bruno/posts/2024-03-02-salut.md --
            ---
            title: Salut
            date: 2024-03-02
            ---
            Des gardes.
            -- authors/alice/posts/2024-03-03-encore.md --
            ---
            title: Encore
            date: 2024-03-03
            ---
            Encore des gardes.

            """
        let index = try SearchIndex(path: ":memory:")
        #expect(try HTMLFingerprintTests.update(index, site) == (3, 0) ? true : false)
        let renamed = site.replacingOccurrences(of: "name: Alice Martin", with: "name: Alice Durand")
        #expect(try HTMLFingerprintTests.update(index, renamed) == (2, 0) ? true : false, "Alice's two posts")
        #expect(try index.search(SearchQuery("Durand"), filter: SearchFilter(), perPage: 10).hits.map(\.path).sorted()
            == ["/alice/bonjour/", "/alice/encore/"])
        let rezoned = renamed.replacingOccurrences(of: "timezone: Europe/Paris", with: "timezone: America/Montreal")
        #expect(try HTMLFingerprintTests.update(index, rezoned) == (3, 0) ? true : false, "a year may move with the time zone")
    }
}
