import Foundation
import PlanetCore
import PlanetFetch
import PlanetLoad
import PlanetMentions
import PlanetParse
import Testing

/// Webmentions end to end on the loopback address: accepted, queued, the source fetched and read, a pending
/// mention spooled, or nothing and a log line. Each test waits at most a few seconds.
@Suite(.serialized) struct MentionReceiverTests {
    static let target = "https://planete.example.org/claire-martin/visites/"
    static let site = MentionSite(baseURL: "https://planete.example.org", openPosts: [MentionPost(author: "claire-martin", slug: "visites")])
    static let date = Date(timeIntervalSince1970: 1_741_975_500)  // 2025-03-14T18:05:00Z

    /// A receiver on a new spool folder, with its log.
    final class Harness: Sendable {
        let spool: URL
        let receiver: MentionReceiver

        init(spool: URL? = nil, knownFolders: [String] = [], policy: AddressPolicy = AddressPolicy(allowPrivateAddresses: true),
             maximumBytes: Int = MentionVerifier.defaultMaximumBytes, retryDelays: [TimeInterval] = [0.05, 0.05]) throws {
            let folder = try spool ?? Run.temporaryFolder("planet-mentions")
            self.spool = folder
            let limits = FetchLimits(timeout: 5, maximumRedirects: 3)
            let box = LogLines()
            receiver = MentionReceiver(site: { MentionReceiverTests.site }, spool: folder.path, knownFolders: knownFolders, limits: limits, policy: policy,
                                       maximumBytes: maximumBytes, concurrency: 2, retryDelays: retryDelays,
                                       now: { MentionReceiverTests.date }, log: { box.append($0) })
            logBox = box
        }

        private let logBox: LogLines
        var log: [String] { logBox.lines }

        /// Accepts the mentions, processes them all, and stops.
        func run(_ sources: [String]) async -> [Result<MentionRequest, MentionRejection>] {
            let results = sources.map { receiver.accept(source: $0, target: MentionReceiverTests.target) }
            receiver.start()
            let queue = receiver.queue
            let emptied = await offPool { queue.waitUntilEmpty(timeout: 20) }
            receiver.stop()
            #expect(emptied)
            return results
        }

        /// The spooled comment files, path → text.
        var files: [String: String] {
            let folder = spool.appendingPathComponent("comments")
            let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }
            return Dictionary(uniqueKeysWithValues: paths.map {
                ("comments/" + $0, (try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) ?? "")
            })
        }
    }

    final class LogLines: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func append(_ line: String) { lock.withLock { stored.append(line) } }
        var lines: [String] { lock.withLock { stored } }
    }

    static func html(_ text: String) -> FeedServer.Response { FeedServer.body(text, type: "text/html; charset=utf-8") }

    static func stem(_ source: String) -> String {
        "2025-03-14T18-05-00-127-0-0-1-" + MentionRequest(source: source, target: target, post: site.post(at: target)!).id
    }

    @Test func anEntryThatLinksBecomesAPendingMention() async throws {
        let server = try FeedServer(routes: ["/entry": { _, _ in Self.html("""
            <!doctype html><html><head><title>Le blog de Léa</title></head><body>
            <article class="h-entry"><h1 class="p-name">À propos des visites</h1>
            <p class="p-author h-card"><a class="u-url" href="/"><span class="p-name">Léa Bernard</span></a></p>
            <div class="e-content"><p>Je réponds au <a href="https://planete.example.org/claire-martin/visites">billet de Claire</a> :
            oui, les visites comptent.</p></div></article></body></html>
            """) }])
        defer { server.stop() }
        let harness = try Harness()
        let results = await harness.run([server.url("/entry")])
        #expect((try? results[0].get())?.post == MentionPost(author: "claire-martin", slug: "visites"))
        #expect(harness.files == ["comments/claire-martin/visites/\(Self.stem(server.url("/entry"))).md": """
            ---
            author: "Léa Bernard"
            date: 2025-03-14T18:05:00Z
            kind: mention
            source: "\(server.url("/entry"))"
            title: "À propos des visites"
            status: pending
            ---
            Je réponds au billet de Claire : oui, les visites comptent.

            """])
        #expect(harness.log.count == 1 && harness.log[0].hasSuffix("spooled comments/claire-martin/visites/\(Self.stem(server.url("/entry"))).md"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: harness.spool.path + "/webmentions").isEmpty)
    }

    @Test func aPageWithoutEntryGivesItsTitleAndFirstParagraph() async throws {
        let server = try FeedServer(routes: ["/page": { _, _ in Self.html("""
            <html><head><title>Notes du jour</title><base href="https://planete.example.org/claire-martin/"></head>
            <body><nav><a href="visites/index.html#commentaires">lien</a></nav><p>Une première phrase, assez courte.</p><p>Une autre.</p></body></html>
            """) }])
        defer { server.stop() }
        let harness = try Harness()
        _ = await harness.run([server.url("/page")])
        #expect(harness.files == ["comments/claire-martin/visites/\(Self.stem(server.url("/page"))).md": """
            ---
            author: "127.0.0.1"
            date: 2025-03-14T18:05:00Z
            kind: mention
            source: "\(server.url("/page"))"
            title: "Notes du jour"
            status: pending
            ---
            Une première phrase, assez courte.

            """])
    }

    @Test func aSourceThatDoesNotLinkOrIsGoneSpoolsNothing() async throws {
        let server = try FeedServer(routes: [
            "/other": { _, _ in Self.html("<p>Rien. <a href=\"https://planete.example.org/claire-martin/autre/\">x</a> https://planete.example.org/claire-martin/visites/</p>") },
            "/gone": { _, _ in FeedServer.status(410) },
            "/text": { _, _ in FeedServer.body("https://planete.example.org/claire-martin/visites/", type: "text/plain") },
        ])
        defer { server.stop() }
        let harness = try Harness()
        _ = await harness.run([server.url("/other"), server.url("/gone"), server.url("/text")])
        #expect(harness.files.isEmpty)
        let log = harness.log.sorted()
        #expect(log.count == 3)
        #expect(log.contains { $0.hasPrefix("webmention \(server.url("/other")) -> claire-martin/visites: the source does not link") })
        #expect(log.contains { $0.hasSuffix("the source is gone (HTTP 410); nothing spooled") })
        #expect(log.contains { $0.hasSuffix("not an HTML page (text/plain); dropped") })
    }

    @Test func privateAddressesAreRefusedWithoutTheSwitchAndAfterRedirects() async throws {
        let server = try FeedServer(routes: [
            "/entry": { _, _ in Self.html("<a href=\"https://planete.example.org/claire-martin/visites/\">x</a>") },
        ])
        defer { server.stop() }
        let redirect = try FeedServer(routes: ["/redirect": { _, _ in FeedServer.status(302, location: server.url("/entry")) }])
        defer { redirect.stop() }
        let refusing = try Harness()
        let closed = try Harness(policy: AddressPolicy())
        _ = await closed.run([server.url("/entry")])
        #expect(closed.files.isEmpty)
        #expect(closed.log == ["webmention \(server.url("/entry")) -> claire-martin/visites: refused: 127.0.0.1 has a private, loopback or link-local address; dropped"])
        #expect(server.hitCount("/entry") == 0)

        // localhost is trusted, the redirect's 127.0.0.1 is not.
        let trusting = try Harness(spool: refusing.spool, policy: AddressPolicy(trustedHosts: ["localhost"]))
        let source = "http://localhost:\(redirect.port)/redirect"
        _ = await trusting.run([source])
        #expect(redirect.hitCount("/redirect") == 1)
        #expect(server.hitCount("/entry") == 0)
        #expect(trusting.files.isEmpty)
        #expect(trusting.log == ["webmention \(source) -> claire-martin/visites: refused: 127.0.0.1 has a private, loopback or link-local address; dropped"])
    }

    @Test func anOversizedSourceIsCutAtTheLimit() async throws {
        let big = "<p><a href=\"https://planete.example.org/claire-martin/visites/\">x</a></p>" + String(repeating: "<p>remplissage</p>", count: 20_000)
        let server = try FeedServer(routes: ["/big": { _, _ in Self.html(big) }])
        defer { server.stop() }
        let harness = try Harness(maximumBytes: 64 * 1024)
        _ = await harness.run([server.url("/big")])
        #expect(harness.files.isEmpty)
        #expect(harness.log == ["webmention \(server.url("/big")) -> claire-martin/visites: too large (over 64 KiB); dropped"])
    }

    @Test func hostileExcerptsAreInertText() async throws {
        let server = try FeedServer(routes: ["/hostile": { _, _ in Self.html("""
            <div class="h-entry"><p class="p-author h-card"><span class="p-name">[moi](javascript:alert(1)) <b>x</b></span></p>
            <p class="p-name">Titre\n: avec ---</p>
            <div class="p-summary"><script>alert(1)</script>&lt;img src=x onerror=alert(1)&gt; ![pixel](https://t.example/p.gif)
            [lien](https://evil.example/) &lt;https://evil.example/&gt; www.evil.example moi@evil.example **gras** # titre
            <a href="https://planete.example.org/claire-martin/visites/">ici</a> &lt;script&gt;</div></div>
            """) }])
        defer { server.stop() }
        let harness = try Harness()
        _ = await harness.run([server.url("/hostile")])
        let (path, text) = try #require(harness.files.first)
        #expect(text.hasSuffix("""
            ---
            \\<img src=x onerror=alert(1)\\> \\!\\[pixel\\](https\\://t.example/p.gif) \\[lien\\](https\\://evil.example/) \\<https\\://evil.example/\\> \
            www\\.evil.example moi@\u{2060}evil.example \\*\\*gras\\*\\* \\# titre ici \\<script\\>

            """))
        let config = SiteConfig(title: "T", baseURL: "https://planete.example.org")
        let (comment, diagnostics) = CommentParser.parse(SourceFile(path: path, bytes: Data(text.utf8)), config: config)
        #expect(diagnostics.isEmpty)
        let parsed = try #require(comment)
        #expect(parsed.authorName == "[moi](javascript:alert(1)) x")
        #expect(parsed.title == "Titre : avec ---")
        #expect(parsed.kind == .mention && parsed.status == .pending)
        for tag in ["<a", "<img", "<script", "<strong", "<h1", "<em"] { #expect(!parsed.contentHTML.contains(tag), "\(tag)") }
        #expect(parsed.contentHTML.hasPrefix("<p>&lt;img src=x onerror=alert(1)&gt; ![pixel](https://t.example/p.gif)"))
    }

    @Test func theSameMentionIsSpooledOnce() async throws {
        let server = try FeedServer(routes: ["/entry": { _, _ in Self.html("<p><a href=\"/x\">a</a><a href=\"https://planete.example.org/claire-martin/visites/\">b</a></p>") }])
        defer { server.stop() }
        let harness = try Harness()
        let results = await harness.run([server.url("/entry"), server.url("/entry")])
        #expect(results[0] == results[1])
        #expect(server.hitCount("/entry") == 1)
        let first = harness.files
        #expect(first.count == 1)
        _ = await harness.run([server.url("/entry")])
        #expect(server.hitCount("/entry") == 2)
        #expect(harness.files == first)
        #expect(harness.log.last?.hasSuffix("already spooled as \(first.keys.first!)") == true)

        // Delivered: in the site's clone, no longer in the spool.
        let clone = try Run.temporaryFolder("planet-mentions-clone")
        let path = try #require(first.keys.first)
        try FileManager.default.createDirectory(at: clone.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: harness.spool.appendingPathComponent(path), to: clone.appendingPathComponent(path))
        let delivered = try Harness(spool: harness.spool, knownFolders: [clone.path])
        _ = await delivered.run([server.url("/entry")])
        #expect(delivered.files.isEmpty)
        #expect(delivered.log == ["webmention \(server.url("/entry")) -> claire-martin/visites: already spooled as \(path)"])
    }

    @Test func theQueueResumesAfterARestartAndRetries() async throws {
        let server = try FeedServer(routes: ["/flaky": { _, count in
            count == 1 ? FeedServer.status(503) : Self.html("<a href=\"https://planete.example.org/claire-martin/visites/\">x</a>")
        }])
        defer { server.stop() }
        let before = try Harness()
        #expect(throws: Never.self) { try before.receiver.accept(source: server.url("/flaky"), target: Self.target).get() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: before.spool.path + "/webmentions").count == 1)
        #expect(server.hitCount("/flaky") == 0)

        let after = try Harness(spool: before.spool)
        _ = await after.run([])
        #expect(server.hitCount("/flaky") == 2)
        #expect(after.files.count == 1)
        #expect(after.log.first == "webmention \(server.url("/flaky")) -> claire-martin/visites: HTTP 503; will retry")
        #expect(try FileManager.default.contentsOfDirectory(atPath: before.spool.path + "/webmentions").isEmpty)
    }

    @Test func badRequestsAreRejectedAtOnceAndNothingIsQueued() throws {
        let harness = try Harness()
        #expect(harness.receiver.accept(source: "file:///etc/passwd", target: Self.target) == .failure(.invalidSource))
        #expect(harness.receiver.accept(source: "https://a.example/", target: "https://planete.example.org/x/y/") == .failure(.unknownTarget))
        #expect(harness.receiver.queue.count == 0)
        #expect(!FileManager.default.fileExists(atPath: harness.spool.path + "/webmentions"))
    }
}
