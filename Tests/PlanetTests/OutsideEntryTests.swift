import Foundation
import PlanetBuild
import PlanetCore
import PlanetFetch
import PlanetImage
import PlanetXML
import Testing

/// Outside entries in the site, built from a committed feed cache: the first-seen rule, the backlog of a new feed,
/// the dedup rules, the tag filter, sanitizing, badges, `atom:source` and the OPML.
@Suite struct OutsideEntryTests {
    static let feedURL = "https://blog.example.net/feed.xml"
    static let day: TimeInterval = 86_400

    static func date(_ text: String) -> Date { FeedDate.parse(text)! }

    static func entry(_ id: String, _ title: String, published: String?, firstSeen: String, link: String? = nil,
                      categories: [String] = [], content: String = "<p>Texte.</p>") -> FeedCacheEntry {
        FeedCacheEntry(
            id: id, link: link ?? "https://blog.example.net/\(id)", title: title, published: published.map(date), firstSeen: date(firstSeen),
            slug: Slug.make(title), categories: categories, contentHTML: content)
    }

    static func cache(_ entries: [FeedCacheEntry], url: String = feedURL, firstFetched: String) -> FeedCache {
        FeedCache(url: url, title: "Le blog d'Alice", siteURL: "https://blog.example.net/", firstFetched: date(firstFetched), entries: entries)
    }

    /// A site whose member alice lists `feeds`, with the caches given, and `extra` text-bundle files.
    static func build(feeds: String = "  - \(feedURL)", caches: [FeedCache], config: String = "", extra: String = "",
                      images: [String: Data] = [:]) -> BuildPipeline.Result {
        var files = TextBundle.parse("""
            -- planet.yaml --
            title: Planète Test
            base_url: https://planete.example.org
            language: fr
            timezone: Europe/Paris
            \(config)
            -- authors/alice/author.yaml --
            name: Alice Martin
            feeds:
            \(feeds)
            -- authors/alice/posts/2024-03-01-bonjour.md --
            ---
            title: Bonjour
            date: 2024-03-01 12:00
            ---
            Premier billet.
            \(extra)
            """)
        for cache in caches {
            files[".planet/feeds/alice/\(FeedSubscription(url: cache.url).cacheName)"] = cache.encoded()
        }
        for (name, data) in images { files[".planet/feeds/alice/images/\(name)"] = data }
        return Fixtures.build(files)
    }

    static func text(_ result: BuildPipeline.Result, _ path: String) -> String {
        guard case .data(let data)? = result.files.first(where: { $0.path == path })?.content else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func anEntryIsNeverDatedLaterThanFirstSeen() throws {
        let result = Self.build(caches: [Self.cache([
            Self.entry("late", "Publié tard", published: "2026-10-01T10:00:00Z", firstSeen: "2024-03-02T10:00:00Z"),
            Self.entry("early", "Publié tôt", published: "2024-02-01T10:00:00Z", firstSeen: "2024-03-02T10:00:00Z"),
        ], firstFetched: "2024-03-02T10:00:00Z")])
        let site = try #require(result.site)
        #expect(site.posts.map(\.slug) == ["publie-tard", "bonjour", "publie-tot"])
        #expect(site.posts[0].date == Self.date("2024-03-02T10:00:00Z"))
        #expect(site.posts[2].date == Self.date("2024-02-01T10:00:00Z"))
    }

    @Test func anEditNeverMovesAnEntry() throws {
        let first = ParsedFeed(format: .atom, title: "Blog", siteURL: "", entries: [
            ParsedFeedEntry(id: "a", link: "https://blog.example.net/a", title: "Avant", published: Self.date("2024-05-01T10:00:00Z")),
        ])
        let (cache, new) = FeedMerge.merge(cached: nil, parsed: first, url: Self.feedURL, etag: "\"1\"", lastModified: nil,
                                           now: Self.date("2024-05-02T10:00:00Z"), maximumEntries: 100)
        #expect(new == 1)
        var edited = first
        edited.entries[0].title = "Après, corrigé"
        edited.entries[0].published = Self.date("2024-06-20T10:00:00Z")
        edited.entries[0].updated = Self.date("2024-06-20T10:00:00Z")
        edited.entries.append(ParsedFeedEntry(id: "b", link: "https://blog.example.net/b", title: "Nouveau"))
        let (again, newAgain) = FeedMerge.merge(cached: cache, parsed: edited, url: Self.feedURL, etag: "\"2\"", lastModified: nil,
                                                now: Self.date("2024-06-21T10:00:00Z"), maximumEntries: 100)
        #expect(newAgain == 1)
        let a = try #require(again.entries.first { $0.id == "a" })
        #expect(a.firstSeen == Self.date("2024-05-02T10:00:00Z"))
        #expect(a.slug == "avant")
        #expect(a.title == "Après, corrigé")
        #expect(a.riverDate == Self.date("2024-05-02T10:00:00Z"))
        let b = try #require(again.entries.first { $0.id == "b" })
        #expect(b.riverDate == Self.date("2024-06-21T10:00:00Z"), "an undated entry is dated when first seen")
        #expect(again.firstFetched == cache.firstFetched)
        #expect(again.etag == "\"2\"")
        let (gone, _) = FeedMerge.merge(cached: again, parsed: ParsedFeed(format: .atom, title: "Blog", siteURL: "", entries: []),
                                        url: Self.feedURL, etag: nil, lastModified: nil, now: Self.date("2024-07-01T10:00:00Z"), maximumEntries: 100)
        #expect(gone.entries.map(\.id) == again.entries.map(\.id), "entries gone from the feed stay")
    }

    @Test func slugsAreUniqueInAFeedAndRepeatedEntriesCountOnce() {
        let parsed = ParsedFeed(format: .rss2, title: "Blog", siteURL: "", entries: [
            ParsedFeedEntry(id: "1", link: "https://b.example/1", title: "Même titre"),
            ParsedFeedEntry(id: "2", link: "https://b.example/2", title: "Même titre"),
            ParsedFeedEntry(id: "1", link: "https://b.example/1", title: "Même titre"),
            ParsedFeedEntry(link: "https://b.example/3", contentHTML: "<p>Une note sans titre</p>"),
        ])
        let (cache, new) = FeedMerge.merge(cached: nil, parsed: parsed, url: Self.feedURL, etag: nil, lastModified: nil,
                                           now: Self.date("2024-05-02T10:00:00Z"), maximumEntries: 100)
        #expect(new == 3)
        #expect(Set(cache.entries.map(\.slug)) == ["meme-titre", "meme-titre-\(StableHash.hex("2"))", "une-note-sans-titre"])
    }

    @Test func onlyTheLatestEntriesOfANewFeedEnterTheRiver() throws {
        let firstFetch = "2024-03-10T10:00:00Z"
        let entries = (1...5).map {
            Self.entry("e\($0)", "Ancien \($0)", published: "2024-01-0\($0)T10:00:00Z", firstSeen: firstFetch)
        } + [Self.entry("new", "Nouveau", published: "2024-04-01T10:00:00Z", firstSeen: "2024-04-01T11:00:00Z")]
        let result = Self.build(caches: [Self.cache(entries, firstFetched: firstFetch)], config: "new_feed_entries: 2")
        let site = try #require(result.site)
        #expect(site.river.map { site.posts[$0].slug } == ["nouveau", "bonjour", "ancien-5", "ancien-4"])
        #expect(site.postsByAuthor["alice"]?.count == 7, "the member's page has them all")
        let home = Self.text(result, "index.html")
        #expect(home.contains("Ancien 4") && !home.contains("Ancien 3"))
        #expect(Self.text(result, "alice/index.html").contains("Ancien 1"))
        #expect(!Self.text(result, "atom.xml").contains("Ancien 3"))
        #expect(Self.text(result, "alice/atom.xml").contains("Ancien 3"))
    }

    @Test func aCrossPostedNativePostAppearsOnce() throws {
        let result = Self.build(caches: [Self.cache([
            Self.entry("same-link", "Autre titre", published: "2024-03-01T13:00:00Z", firstSeen: "2024-03-02T10:00:00Z",
                       link: "https://planete.example.org/alice/bonjour/"),
            Self.entry("same-title", "Bonjour", published: "2024-03-01T20:00:00Z", firstSeen: "2024-03-02T10:00:00Z"),
            Self.entry("other", "Bonjour", published: "2024-03-05T20:00:00Z", firstSeen: "2024-03-06T10:00:00Z"),
        ], firstFetched: "2024-03-02T10:00:00Z")])
        let site = try #require(result.site)
        #expect(site.posts.map(\.path) == ["/alice/bonjour-\(StableHash.hex("https://blog.example.net/other"))/", "/alice/bonjour/"])
        #expect(site.posts[1].origin == nil)
    }

    @Test func theSameEntryThroughTwoFeedsAppearsOnce() throws {
        let second = "https://blog.example.net/categorie/sante/feed.xml"
        let shared = "https://blog.example.net/2024/partage"
        let result = Self.build(feeds: "  - \(Self.feedURL)\n  - url: \(second)\n    name: Rubrique santé", caches: [
            Self.cache([Self.entry("a", "Partagé", published: "2024-03-03T10:00:00Z", firstSeen: "2024-03-04T10:00:00Z", link: shared)],
                       firstFetched: "2024-03-04T10:00:00Z"),
            Self.cache([Self.entry("urn:other-id", "Partagé", published: "2024-03-03T10:00:00Z", firstSeen: "2024-03-05T10:00:00Z",
                                   link: "http://www.blog.example.net/2024/partage/")],
                       url: second, firstFetched: "2024-03-05T10:00:00Z"),
        ])
        let site = try #require(result.site)
        let outside = site.posts.filter { $0.origin != nil }
        #expect(outside.count == 1)
        #expect(outside.first?.origin?.blogName == "Le blog d'Alice", "kept from the feed that saw it first")
    }

    @Test func distinctEntriesOfOneFeedAreNeverDuplicates() throws {
        let day = "2024-03-03T10:00:00Z"
        let seen = "2024-03-04T10:00:00Z"
        let shared = "https://blog.example.net/shared"
        let second = "https://blog.example.net/autre/feed.xml"
        let result = Self.build(feeds: "  - \(Self.feedURL)\n  - \(second)", caches: [
            Self.cache([
                Self.entry("one", "Revue de presse", published: day, firstSeen: seen),
                Self.entry("two", "Revue de presse", published: "2024-03-03T18:00:00Z", firstSeen: seen),
                Self.entry("three", "Lien commun", published: day, firstSeen: seen, link: shared),
                Self.entry("four", "Lien commun", published: day, firstSeen: seen, link: shared),
                Self.entry("four-b", "Lien commun", published: day, firstSeen: seen, link: shared),
                Self.entry("tag:blog.example.net,2024:five", "Cinq", published: day, firstSeen: seen),
            ], firstFetched: seen),
            Self.cache([
                Self.entry("tag:blog.example.net,2024:five", "Cinq, autre titre", published: day, firstSeen: "2024-03-05T10:00:00Z",
                           link: "https://blog.example.net/ailleurs/cinq"),
                Self.entry("one", "Un autre billet", published: day, firstSeen: "2024-03-05T10:00:00Z", link: "https://blog.example.net/autre/one"),
                Self.entry("six", "Revue de presse", published: day, firstSeen: "2024-03-05T10:00:00Z"),
            ], url: second, firstFetched: "2024-03-05T10:00:00Z"),
        ])
        let site = try #require(result.site)
        let outside = site.posts.filter { $0.origin != nil }.map(\.path).sorted()
        #expect(outside == [
            "/alice/cinq/", "/alice/lien-commun-\(StableHash.hex(shared))/", "/alice/lien-commun-\(StableHash.hex("four-b"))/",
            "/alice/lien-commun/",
            "/alice/revue-de-presse-\(StableHash.hex("https://blog.example.net/six"))/",
            "/alice/revue-de-presse-\(StableHash.hex("https://blog.example.net/two"))/", "/alice/revue-de-presse/",
        ].sorted(), "the same id through two feeds once (\"tag:…five\"); a bare id (\"one\") only within a member's feeds, so its second is a duplicate")
    }

    @Test func categoriesBecomeTagsAndFilterFeeds() throws {
        let result = Self.build(feeds: "  - url: \(Self.feedURL)\n    tags: [santé]", caches: [Self.cache([
            Self.entry("kept", "Gardé", published: "2024-03-03T10:00:00Z", firstSeen: "2024-03-04T10:00:00Z", categories: ["SANTE", "Hiver"],
                       content: "<p>Un texte #prévention et <code>#pas</code>.</p>"),
            Self.entry("dropped", "Écarté", published: "2024-03-03T10:00:00Z", firstSeen: "2024-03-04T10:00:00Z", categories: ["Cuisine"]),
        ], firstFetched: "2024-03-04T10:00:00Z")])
        let site = try #require(result.site)
        #expect(site.posts.map(\.slug) == ["garde", "bonjour"])
        #expect(site.tags.map(\.name).sorted() == ["Hiver", "SANTE"])
        #expect(site.hashtags.map(\.name) == ["prévention"])
        #expect(site.posts[0].contentHTML == "<p>Un texte <a class=\"hashtag\" href=\"/hashtags/prevention/\">#prévention</a> et <code>#pas</code>.</p>")
        #expect(Self.text(result, "tags/sante/index.html").contains("Gardé"))
    }

    @Test func hashtagsOfEntriesAreLinkedLikePosts() {
        let (html, names) = HTMLHashtags.link("<p>R&amp;D &lt;b&gt; #un, <a href=\"https://x.example/\">#lien</a> et #deux!</p><pre>#code</pre>")
        #expect(names == ["un", "deux"])
        #expect(html == "<p>R&amp;D &lt;b&gt; <a class=\"hashtag\" href=\"#planet-hashtag-0\">#un</a>, <a href=\"https://x.example/\">#lien</a> et "
            + "<a class=\"hashtag\" href=\"#planet-hashtag-1\">#deux</a>!</p><pre>#code</pre>")
        #expect(HTMLHashtags.link("<p>Rien ici</p>") == ("<p>Rien ici</p>", []))
    }

    @Test func entryHTMLIsSanitizedAndImagesAreLocal() throws {
        let hostile = """
            <p onclick="alert(1)">Salut<script>alert(2)</script><img src="a1b2.png" alt="copie"><img src="gone.png" alt="absente">\
            <img src="bad.png" alt="abîmée"><img src="https://tracker.example/x.gif" alt="dehors"><a href="javascript:alert(3)">lien</a><iframe src="https://evil.example/"></iframe></p>
            """
        var entry = Self.entry("h", "Hostile", published: "2024-03-03T10:00:00Z", firstSeen: "2024-03-04T10:00:00Z", content: hostile)
        entry.images = ["a1b2.png", "gone.png", "bad.png"]
        let result = Self.build(caches: [Self.cache([entry], firstFetched: "2024-03-04T10:00:00Z")], images: [
            "a1b2.png": try Data(contentsOf: Fixtures.fixtures.appendingPathComponent("images/phone.png")), "bad.png": Data([0x89, 0x50]),
        ])
        #expect(result.diagnostics.map(\.rendered).contains(
            ".planet/feeds/alice/images/bad.png:1:1: warning: not an image planet knows (PNG, JPEG, GIF, WebP, AVIF or HEIC), whatever its name says"))
        let site = try #require(result.site)
        let post = try #require(site.posts.first { $0.slug == "hostile" })
        #expect(HTMLSanitizer.audit(post.contentHTML).isEmpty)
        #expect(!post.contentHTML.contains("script") && !post.contentHTML.contains("onclick") && !post.contentHTML.contains("javascript"))
        #expect(post.contentHTML.contains("<img src=\"a1b2.png\" alt=\"copie\" width=\"2\" height=\"2\">"))
        #expect(!post.contentHTML.contains("gone.png") && !post.contentHTML.contains("bad.png"))
        #expect(post.contentHTML.contains("<a href=\"https://tracker.example/x.gif\">dehors</a>"))
        let stripped = try ImageStripper.strip(ImageStripperTests.fixture("phone.png"))
        #expect(site.assets["alice/hostile/a1b2.png"] == .data(Data(stripped.bytes)))
        #expect(post.commentsOpen == false)
    }

    @Test func badgesFeedsAndOPML() throws {
        let result = Self.build(caches: [Self.cache([
            Self.entry("b", "Billet du blog", published: "2024-03-03T10:00:00Z", firstSeen: "2024-03-04T10:00:00Z"),
        ], firstFetched: "2024-03-04T10:00:00Z")])
        #expect(result.succeeded)
        let page = Self.text(result, "alice/billet-du-blog/index.html")
        #expect(page.contains("Publié sur&nbsp;<a class=\"origin__link\" href=\"https://blog.example.net/b\">Le blog d&#39;Alice</a>"))
        #expect(!page.contains("id=\"comments\""))
        #expect(Self.text(result, "index.html").contains("Publié sur"))
        #expect(!result.files.contains { $0.path == "alice/billet-du-blog/comments.xml" })
        let feed = Self.text(result, "atom.xml")
        #expect(feed.contains("<source>\n      <id>\(Self.feedURL)</id>\n      <title type=\"text\">Le blog d'Alice</title>"))
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://blog.example.net/b\"/>"))
        let opml = Self.text(result, "opml.xml")
        #expect(XMLCheck.isWellFormed(opml))
        #expect(opml.contains("xmlUrl=\"https://planete.example.org/alice/atom.xml\""))
        #expect(opml.contains("<outline type=\"rss\" text=\"Le blog d'Alice\" xmlUrl=\"\(Self.feedURL)\" htmlUrl=\"https://blog.example.net/\"/>"))
    }

    @Test func aFeedNotYetFetchedIsAWarning() throws {
        let result = Self.build(caches: [])
        #expect(result.succeeded)
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("not fetched yet") })
        let broken = Self.build(caches: [], extra: "-- .planet/feeds/alice/\(FeedSubscription(url: Self.feedURL).cacheName) --\n{ pas du json")
        #expect(broken.diagnostics.contains { $0.message.contains("unreadable feed cache") })
    }
}
