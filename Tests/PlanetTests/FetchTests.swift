import Foundation
import PlanetCore
import PlanetFetch
import PlanetXML
import Testing

/// `planet fetch` against a misbehaving server on the loopback address: every failure affects only its feed,
/// and the last good copy stays in use.
@Suite(.serialized) struct FetchTests {
    static let now = FeedDate.parse("2025-03-01T12:00:00Z")!

    static func atom(_ entries: [(id: String, title: String, published: String?, content: String)]) -> String {
        let items = entries.map { entry in
            """
            <entry><id>\(entry.id)</id><title>\(entry.title)</title><link href="/\(entry.id)"/>\
            \(entry.published.map { "<published>\($0)</published>" } ?? "")<content type="html">\(entry.content)</content></entry>
            """
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog de test</title><link href="https://blog.example.net/"/>
            \(items.joined(separator: "\n"))
            </feed>
            """
    }

    static let goodFeed = atom([("a", "Premier", "2025-02-01T10:00:00Z", "&lt;p&gt;Un&lt;/p&gt;"), ("b", "Second", "2025-02-02T10:00:00Z", "&lt;p&gt;Deux&lt;/p&gt;")])

    /// An image that answers in 1.5 s: within one request's timeout of 2.5 s, but not within what remains of the
    /// fetch's overall 2.5 s once its feed has taken 1.5 s. A loaded machine only makes it later.
    static let slowImage: FeedServer.Response = {
        var response = FeedServer.body(FeedServer.png(width: 4, height: 3), type: "image/png")
        response.delay = 1.5
        return response
    }()

    static func server() throws -> FeedServer {
        try FeedServer(routes: [
            "/conditional": { request, _ in
                if request.headers["if-none-match"] == "\"v1\"" { return FeedServer.status(304) }
                return FeedServer.body(goodFeed, headers: ["ETag": "\"v1\""])
            },
            "/conditional-both": { request, _ in
                if request.headers["if-none-match"] == "\"v7\"", request.headers["if-modified-since"] == "Sat, 01 Mar 2025 10:00:00 GMT" {
                    return FeedServer.status(304)
                }
                return FeedServer.body(goodFeed, headers: ["ETag": "\"v7\"", "Last-Modified": "Sat, 01 Mar 2025 10:00:00 GMT"])
            },
            "/hanging-images": { request, _ in
                let base = "http://\(request.headers["host"] ?? "")"
                let images = (1...3).map { "&lt;img src=\"\(base)/img/hang\($0).png\" alt=\"\($0)\"&gt;" }.joined()
                var response = FeedServer.body(atom([("i", "Images lentes", "2025-02-03T10:00:00Z", images)]))
                response.delay = 1.5
                return response
            },
            "/img/hang1.png": { _, _ in slowImage },
            "/img/hang2.png": { _, _ in slowImage },
            "/img/hang3.png": { _, _ in slowImage },
            "/flaky": { _, count in count == 1 ? FeedServer.body(goodFeed) : FeedServer.status(500) },
            "/error": { _, _ in FeedServer.status(500) },
            "/missing": { _, _ in FeedServer.status(404) },
            "/slow": { _, _ in
                var response = FeedServer.body(goodFeed)
                response.delay = 4
                return response
            },
            "/huge": { _, _ in FeedServer.body(Data(repeating: 0x20, count: 300_000) + Data(goodFeed.utf8), type: "application/atom+xml") },
            "/loop": { _, _ in FeedServer.status(302, location: "/loop") },
            "/hop3": { _, _ in FeedServer.status(301, location: "/hop2") },
            "/hop2": { _, _ in FeedServer.status(302, location: "/hop1") },
            "/hop1": { _, _ in FeedServer.status(307, location: "/conditional") },
            "/moved": { _, _ in FeedServer.status(301, location: "/blog/feed") },
            "/blog/feed": { _, _ in
                FeedServer.body(#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:m</id><title>Déplacé</title><link href="billet"/></entry></feed>"#)
            },
            "/to-ftp": { _, _ in FeedServer.status(302, location: "ftp://127.0.0.1/feed.xml") },
            "/invalid": { _, _ in FeedServer.body("<<< ceci n'est pas du XML \u{0}", type: "application/xml") },
            "/html": { _, _ in FeedServer.body("<html><body><p>Bienvenue</p></body></html>", type: "text/html") },
            "/wrong-encoding": { _, _ in
                FeedServer.body(Data("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf".utf8)
                    + Data([0xE9]) + Data("</title><item><title>Ann".utf8) + Data([0xE9, 0x65]) + Data("</title><link>https://b.example/1</link></item></channel></rss>".utf8),
                    type: "application/rss+xml")
            },
            "/no-dates": { _, _ in
                FeedServer.body("<rss version=\"2.0\"><channel><title>Sans dates</title><item><title>Un</title><link>https://b.example/1</link></item><item><description>Sans titre ni date</description></item></channel></rss>", type: "application/rss+xml")
            },
            "/hostile": { request, _ in
                let base = "http://\(request.headers["host"] ?? "")"
                let html = """
                    <p onmouseover="alert(1)">Bonjour<script>alert(2)</script>\
                    <img src="\(base)/img/ok.png" alt="photo"><img src="\(base)/img/pixel.gif"><img src="\(base)/img/declared.png" width="1" height="1">\
                    <img src="\(base)/img/huge.png" alt="trop grande"><img src="\(base)/img/missing.png" alt="absente"><img src="\(base)/img/vector.svg" alt="vectorielle"></p>
                    """
                let escaped = html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
                return FeedServer.body(atom([("h", "Hostile", "2025-02-03T10:00:00Z", escaped)]))
            },
            "/img/ok.png": { _, _ in FeedServer.body(FeedServer.png(width: 4, height: 3), type: "image/png") },
            "/img/pixel.gif": { _, _ in FeedServer.body(FeedServer.pixelGIF, type: "image/gif") },
            "/img/declared.png": { _, _ in FeedServer.body(FeedServer.png(width: 8, height: 8), type: "image/png") },
            "/img/huge.png": { _, _ in FeedServer.body(FeedServer.png(width: 8, height: 8, padding: 50_000), type: "image/png") },
            "/img/missing.png": { _, _ in FeedServer.status(404) },
            "/img/vector.svg": { _, _ in FeedServer.body("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", type: "image/svg+xml") },
        ])
    }

    static let limits = FetchLimits(timeout: 10, maximumFeedBytes: 100_000, maximumImageBytes: 20_000)

    static func fetch(_ server: FeedServer, _ path: String, cached: FeedCache? = nil, images: URL? = nil,
                      limits: FetchLimits = limits) async -> FeedOutcome {
        let fetcher = FeedFetcher(client: HTTPClient(limits: limits, addressPolicy: AddressPolicy(allowPrivateAddresses: true)), now: now)
        let folder = images ?? FileManager.default.temporaryDirectory.appendingPathComponent("planet-images-\(UUID().uuidString)")
        return await offPool {
            fetcher.fetch(authorID: "alice", subscription: FeedSubscription(url: server.url(path)), cached: cached, imagesFolder: folder)
        }
    }

    @Test func conditionalGetAndUserAgent() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let first = await Self.fetch(server, "/conditional")
        #expect(first.status == .updated)
        #expect(first.entries == 2 && first.newEntries == 2)
        let cache = try #require(first.cache)
        #expect(cache.etag == "\"v1\"")
        let second = await Self.fetch(server, "/conditional", cached: cache)
        #expect(second.status == .notModified)
        #expect(second.cache == nil && second.entries == 2 && second.newEntries == 0)
        #expect(server.seenUserAgents.allSatisfy { $0 == FetchLimits.defaultUserAgent })
    }

    @Test func notModifiedKeepsTheEntriesEndToEnd() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try Run.temporaryFolder("planet-fetch-304")
        defer { try? FileManager.default.removeItem(at: site) }
        let cache = FeedCacheFolder(site: site)
        let subscription = FeedSubscription(url: server.url("/conditional-both"))
        let fetcher = FeedFetcher(client: HTTPClient(limits: Self.limits, addressPolicy: AddressPolicy(allowPrivateAddresses: true)), now: Self.now)
        let first = await offPool { FetchRun.run(feeds: [("alice", subscription)], cache: cache, fetcher: fetcher, jobs: 1) }
        #expect(first.map(\.status) == [.updated])
        let file = cache.feedFile(author: "alice", subscription: subscription)
        let written = try Data(contentsOf: file)
        let stored = try #require(cache.read(author: "alice", subscription: subscription))
        #expect(stored.etag == "\"v7\"" && stored.lastModified == "Sat, 01 Mar 2025 10:00:00 GMT")
        let later = FeedFetcher(client: HTTPClient(limits: Self.limits, addressPolicy: AddressPolicy(allowPrivateAddresses: true)), now: Self.now.addingTimeInterval(3600))
        let second = await offPool { FetchRun.run(feeds: [("alice", subscription)], cache: cache, fetcher: later, jobs: 1) }
        #expect(second.map(\.status) == [.notModified], "both validators were sent back")
        #expect(second.map(\.entries) == [2] && second.map(\.newEntries) == [0])
        #expect(try Data(contentsOf: file) == written)
        #expect(cache.read(author: "alice", subscription: subscription)?.entries.map(\.id) == stored.entries.map(\.id))
        #expect(server.hitCount("/conditional-both") == 2)
    }

    @Test func hangingImagesAreBoundedByTheTimeout() async throws {
        let server = try Self.server()
        defer { server.stop() }
        var quick = Self.limits
        quick.timeout = 2.5
        let outcome = await Self.fetch(server, "/hanging-images", limits: quick)
        #expect(outcome.status == .updated)
        // Each image would come within a request's own timeout; none comes within what remains of the fetch's.
        #expect(outcome.seconds >= quick.timeout - 0.1, "the table's time includes the images' wait")
        let entry = try #require(outcome.cache?.entries.first)
        #expect(entry.images.isEmpty)
        #expect(entry.contentHTML == (1...3).map { "<a href=\"\(server.url("/img/hang\($0).png"))\">\($0)</a>" }.joined())
    }

    @Test func failuresKeepTheLastGoodCopy() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try Run.temporaryFolder("planet-fetch")
        let cache = FeedCacheFolder(site: site)
        let flaky = FeedSubscription(url: server.url("/flaky"))
        let broken = FeedSubscription(url: server.url("/error"))
        let fetcher = FeedFetcher(client: HTTPClient(limits: Self.limits, addressPolicy: AddressPolicy(allowPrivateAddresses: true)), now: Self.now)
        let feeds = [(authorID: "alice", subscription: flaky), (authorID: "bob", subscription: broken)]
        let first = await offPool { FetchRun.run(feeds: feeds, cache: cache, fetcher: fetcher, jobs: 2) }
        #expect(first.map(\.status) == [.updated, .failed(.httpStatus(500))])
        let written = try Data(contentsOf: cache.feedFile(author: "alice", subscription: flaky))
        let second = await offPool { FetchRun.run(feeds: feeds, cache: cache, fetcher: fetcher, jobs: 2) }
        #expect(second[0].status == .failed(.httpStatus(500)))
        #expect(second[0].entries == 2, "the report counts the entries still in use")
        #expect(try Data(contentsOf: cache.feedFile(author: "alice", subscription: flaky)) == written)
        #expect(!FileManager.default.fileExists(atPath: cache.feedFile(author: "bob", subscription: broken).path))
        let table = FetchReport.table(second)
        #expect(table.hasPrefix("member  feed"))
        #expect(table.contains("HTTP 500"))
        #expect(FetchReport.summary(second) == "2 feeds: 0 ok, 2 failed (their last good copy stays in use); 0 new entries")
    }

    @Test func misbehavingServers() async throws {
        let server = try Self.server()
        defer { server.stop() }
        #expect(await Self.fetch(server, "/missing").status == .failed(.httpStatus(404)))
        var quick = Self.limits
        quick.timeout = 1
        #expect(await Self.fetch(server, "/slow", limits: quick).status == .failed(.timeout))
        #expect(await Self.fetch(server, "/huge").status == .failed(.oversize(100_000)))
        #expect(await Self.fetch(server, "/loop").status == .failed(.tooManyRedirects))
        #expect(server.hitCount("/loop") == 6, "the first request and five redirects")
        #expect(await Self.fetch(server, "/hop3").status == .updated)
        let moved = await Self.fetch(server, "/moved")
        #expect(moved.cache?.entries.map(\.link) == [server.url("/blog/billet")], "relative to the URL that answered, after redirects")
        #expect(await Self.fetch(server, "/to-ftp").status == .failed(.unsupportedScheme("ftp")))
        #expect(await Self.fetch(server, "/invalid").status == .failed(.invalidFeed("invalid XML")))
        #expect(await Self.fetch(server, "/html").status == .failed(.invalidFeed("not a feed (the document is <html>)")))
        let closed = FeedFetcher(client: HTTPClient(limits: Self.limits, addressPolicy: AddressPolicy(allowPrivateAddresses: true)), now: Self.now)
        let refused = await offPool {
            closed.fetch(authorID: "alice", subscription: FeedSubscription(url: "http://127.0.0.1:9/feed.xml"), cached: nil,
                         imagesFolder: FileManager.default.temporaryDirectory)
        }
        #expect(refused.failed)
    }

    @Test func wrongEncodingsAndMissingDates() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let latin = try #require(await Self.fetch(server, "/wrong-encoding").cache)
        #expect(latin.title == "Café")
        #expect(latin.entries.map(\.title) == ["Année"])
        let undated = try #require(await Self.fetch(server, "/no-dates").cache)
        #expect(undated.entries.count == 2)
        #expect(undated.entries.allSatisfy { $0.riverDate == Self.now })
        #expect(undated.entries.map(\.title).sorted() == ["Sans titre ni date", "Un"])
    }

    @Test func imagesAreCopiedPixelsDroppedFailuresLinked() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let folder = try Run.temporaryFolder("planet-images")
        let outcome = await Self.fetch(server, "/hostile", images: folder)
        let entry = try #require(outcome.cache?.entries.first)
        let copied = try #require(entry.images.first)
        #expect(entry.images == [copied])
        #expect(copied.hasSuffix(".png"))
        #expect(try Data(contentsOf: folder.appendingPathComponent(copied)) == FeedServer.png(width: 4, height: 3, textChunk: false))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [copied])
        let html = entry.contentHTML
        #expect(html.contains("<img src=\"\(copied)\" alt=\"photo\">"))
        #expect(!html.contains("pixel.gif") && !html.contains("declared.png"))
        #expect(html.contains("<a href=\"\(server.url("/img/huge.png"))\">trop grande</a>"))
        #expect(html.contains("<a href=\"\(server.url("/img/missing.png"))\">absente</a>"))
        #expect(html.contains("<a href=\"\(server.url("/img/vector.svg"))\">vectorielle</a>"))
        #expect(server.hitCount("/img/declared.png") == 0, "a declared 1×1 image is never requested")
        let again = await Self.fetch(server, "/hostile", cached: outcome.cache, images: folder)
        #expect(again.cache?.entries.first?.images == [copied])
        #expect(server.hitCount("/img/ok.png") == 1, "a copied image is not fetched again")
    }
}
