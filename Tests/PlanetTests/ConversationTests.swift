import Foundation
import PlanetCore
import PlanetFetch
import Testing

/// Replies on Mastodon and Bluesky brought home by `planet fetch` (issue #27): a fake instance and a fake AppView on
/// the loopback address answer with the JSON of Fixtures/conversations (see its SOURCES.md); the real binary fetches,
/// the moderator approves, the site is built.
@Suite(.serialized) struct ConversationTests {
    static func fixture(_ name: String, port: UInt16) throws -> String {
        try Fixtures.text(of: "conversations/\(name)").replacingOccurrences(of: "PORT", with: "\(port)")
    }

    /// Serves the fixtures; `later` switches the first thread to its later state (one reply edited, two deleted).
    final class FakeNetworks: @unchecked Sendable {
        let later = Locked(false)
        var server: FeedServer!

        init() throws {
            let port = Locked<UInt16>(0)
            let later = self.later
            func json(_ name: String) -> FeedServer.Route {
                { _, _ in FeedServer.body((try? ConversationTests.fixture(name, port: port.withLock { $0 })) ?? "", type: "application/json") }
            }
            server = try FeedServer(routes: [
                "/api/v1/statuses/110000000000000001": json("mastodon-status.json"),
                "/api/v1/statuses/110000000000000001/context": { _, _ in
                    let name = later.withLock { $0 } ? "mastodon-context-later.json" : "mastodon-context.json"
                    return FeedServer.body((try? ConversationTests.fixture(name, port: port.withLock { $0 })) ?? "", type: "application/json")
                },
                "/api/v1/statuses/110000000000000100": json("mastodon-status-found.json"),
                "/api/v1/statuses/110000000000000100/context": json("mastodon-context-found.json"),
                "/api/v1/accounts/lookup": json("mastodon-lookup.json"),
                "/api/v1/accounts/1/statuses": json("mastodon-account-statuses.json"),
                "/xrpc/app.bsky.feed.getAuthorFeed": json("bluesky-author-feed.json"),
                "/xrpc/app.bsky.feed.getPostThread": { request, _ in
                    let name = request.path.contains("3lfound") ? "bluesky-thread-found.json" : "bluesky-thread.json"
                    return FeedServer.body((try? ConversationTests.fixture(name, port: port.withLock { $0 })) ?? "", type: "application/json")
                },
                // Rate limited once, with the time it resets (Mastodon's X-RateLimit-Reset), then answered.
                "/api/v1/statuses/120": { _, count in
                    guard count == 1 else { return FeedServer.body((try? ConversationTests.fixture("mastodon-status.json", port: port.withLock { $0 })) ?? "", type: "application/json") }
                    let reset = ISO8601DateFormatter().string(from: Date().addingTimeInterval(1))
                    return FeedServer.Response(status: 429, headers: ["X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset])
                },
                "/api/v1/statuses/120/context": { _, _ in
                    FeedServer.body(#"{"ancestors": [], "descendants": []}"#, type: "application/json")
                },
                "/api/v1/statuses/130": { _, _ in
                    var response = FeedServer.body("{}", type: "application/json")
                    response.delay = 4
                    return response
                },
                "/api/v1/statuses/140": { _, _ in FeedServer.body(#"{"id": "140", "content": <p>pas du JSON"#, type: "application/json") },
                // Avatars: a PNG with a text chunk (stored, stripped), HTML named .png (refused), one over the image
                // limit (refused); Bluesky's CDN path for Marie's, none for Paul's (404).
                "/avatars/alice.png": { _, _ in FeedServer.body(FeedServer.png(width: 48, height: 48, padding: 64), type: "image/png") },
                "/avatars/alice-2.png": { _, _ in FeedServer.body(FeedServer.png(width: 40, height: 40), type: "image/png") },
                "/avatars/bob.png": { _, _ in FeedServer.body("<html><script>alert(1)</script></html>", type: "image/png") },
                "/avatars/dave.png": { _, _ in FeedServer.body(FeedServer.png(width: 48, height: 48, padding: 3 * 1024 * 1024), type: "image/png") },
                "/img/avatar/plain/did:plc:marie/bafkrei@jpeg": { _, _ in
                    FeedServer.body(FeedServer.png(width: 32, height: 32), type: "image/jpeg")
                },
            ])
            port.withLock { $0 = server.port }
        }
    }

    static func site(port: UInt16) -> [String: Data] {
        TextBundle.parse("""
            -- planet.yaml --
            title: Planète Test
            base_url: https://planete.example.org
            language: fr
            timezone: Europe/Paris
            -- authors/claire/author.yaml --
            name: Claire Martin
            fediverse: "@claire@127.0.0.1:\(port)"
            bluesky: claire.bsky.social
            -- authors/claire/posts/2025-03-01-premier-billet.md --
            ---
            title: Premier billet
            date: 2025-03-01
            discussion:
              - http://127.0.0.1:\(port)/@claire/110000000000000001
              - https://bsky.app/profile/claire.bsky.social/post/3lroot
            ---
            Un billet discuté ailleurs.
            -- authors/claire/posts/2025-03-05-deuxieme-billet.md --
            ---
            title: Deuxième billet
            date: 2025-03-05
            ---
            Un billet partagé sans le dire.
            -- authors/claire/posts/2025-03-07-troisieme-billet.md --
            ---
            title: Troisième billet
            date: 2025-03-07
            ---
            Un billet dont personne ne parle.

            """)
    }

    static func files(_ folder: URL, _ post: String) throws -> [String: String] {
        let dir = folder.appendingPathComponent("comments/claire/\(post)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        var files: [String: String] = [:]
        for name in names { files[String(name.dropLast(3))] = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) }
        return files
    }

    /// The name `planet fetch` gives an avatar's copy: FNV-1a of its URL, and the format of the fixture (PNG).
    static func avatarName(_ url: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in url.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits + ".png"
    }

    /// Every HTML page under `folder`, by path.
    static func pages(_ folder: URL) throws -> [(String, String)] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") } ?? []
        return try paths.sorted().map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The addresses of other hosts a page would load by itself: `src`, `srcset`, `poster`, `data`, and the
    /// `href` of `<link>` elements other than alternates and canonical (links a reader follows are not requests).
    static func outsideResources(_ html: String) -> [String] {
        var found: [String] = []
        let patterns = [#"\s(?:src|srcset|poster|data)="([^"]*)""#, #"<link\b(?![^>]*rel="(?:alternate|canonical|me|webmention)")[^>]*href="([^"]*)""#]
        for pattern in patterns {
            let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let value = String(html[Range(match.range(at: 1), in: html)!])
                if value.contains("//") { found.append(value) }
            }
        }
        return found
    }

    static func fetch(_ folder: URL, _ fake: FakeNetworks, timeout: String = "10") throws -> ProcessOutput {
        try Run.planet(["fetch", folder.path, "--timeout", timeout, "--bluesky-appview", fake.server.url(""), "--allow-private-addresses"])
    }

    @Test func discussionsBecomePendingRepliesThenAThreadOnThePage() throws {
        let fake = try FakeNetworks()
        defer { fake.server.stop() }
        let folder = try Run.temporaryFolder("planet-conversations")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Self.site(port: fake.server.port), to: folder)

        let first = try Self.fetch(folder, fake)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("claire: 1 of their Mastodon posts link to their posts here"))
        #expect(first.stdout.contains("claire: 1 of their Bluesky posts link to their posts here"))
        #expect(first.stdout.contains("4 discussions: 4 ok, 0 failed; 10 new, 0 edited and 0 removed replies to moderate; "
            + "3 not republished at their author's choice (noindex, not discoverable, !no-unauthenticated), 2 not public"), "\(first.stdout)")
        let premier = try Self.files(folder, "premier-billet")
        #expect(premier.count == 8)
        #expect(try Self.files(folder, "deuxieme-billet").count == 2)
        #expect(try Self.files(folder, "troisieme-billet").isEmpty)
        #expect(premier.values.allSatisfy { $0.contains("\nkind: reply\n") && $0.hasSuffix("status: pending\n") || $0.contains("status: pending\n") })
        let all = premier.values.joined(separator: "\n")
        for withheld in ["Eve", "Gina", "Frank", "Henri\"\ndate: 2025-03-01T09:55", "Discrète", "abonnés", "Message direct", "indexée"] {
            #expect(!all.contains(withheld), "\(withheld) must not be republished")
        }
        // The thread 4 levels deep, each reply answering its parent's file.
        let r1 = "2025-03-01T10-00-00-mastodon-110000000000000002"
        let r2 = "2025-03-01T11-00-00-mastodon-110000000000000003"
        let r3 = "2025-03-01T12-00-00-mastodon-110000000000000004"
        let r4 = "2025-03-01T13-00-00-mastodon-110000000000000005"
        let aliceAvatar = Self.avatarName("http://127.0.0.1:\(fake.server.port)/avatars/alice.png")
        #expect(premier[r1] == """
            ---
            author: "Alice :blobcat:"
            date: 2025-03-01T10:00:00Z
            website: "http://127.0.0.1:\(fake.server.port)/@alice"
            kind: reply
            source: "http://127.0.0.1:\(fake.server.port)/@alice/110000000000000002"
            network: mastodon
            handle: "@alice@127.0.0.1:\(fake.server.port)"
            avatar: "\(aliceAvatar)"
            status: pending
            ---
            [@claire](http://127.0.0.1:\(fake.server.port)/@claire) Très juste ! :blobcat:

            """)
        #expect(premier[r2]?.contains("reply_to: \"\(r1)\"") == true)
        #expect(premier[r3]?.contains("reply_to: \"\(r2)\"") == true)
        #expect(premier[r3]?.contains("warning: \"Spoiler : la fin du film\"") == true)
        #expect(premier[r4]?.contains("reply_to: \"\(r3)\"") == true)
        #expect(premier[r4]?.contains("- [Un coucher de soleil sur la mer](<https://autre.example/media/photo.jpg>)") == true)
        #expect(premier[r4]?.contains("handle: \"@dave@autre.example\"") == true)
        let hostile = premier[r2] ?? ""
        for active in ["<script", "onerror", "javascript:", "<iframe", "<style", "onclick"] where hostile.split(separator: "---").last?.contains(active) == true {
            Issue.record("`\(active)` left in the reply's body")
        }
        #expect(hostile.contains("[une page](https://exemple.org/page)"))
        #expect(hostile.contains("\nauthor: \"<script>alert(\\\"nom\\\")</script> Bob <img src=x onerror=alert(2)>\"\n")
            || hostile.contains("\nauthor: \"@bob@"), "a hostile display name is kept as text (escaped on the page), or the handle replaces it")
        let bluesky = premier.filter { $0.key.contains("bluesky") }
        #expect(bluesky.count == 3)
        let marie = bluesky.first { $0.key.hasSuffix("-3lb1") }?.value ?? ""
        #expect(marie.contains("[@paul.bsky.social](https://bsky.app/profile/did:plc:paul)"))
        #expect(marie.contains("<https://exemple.org/article>"), "a link whose text is its address is an autolink")
        #expect(marie.contains("\\<script\\>") || marie.contains("&lt;script"))
        let paul = bluesky.first { $0.key.hasSuffix("-3lb2") }?.value ?? ""
        #expect(paul.contains("reply_to: \"2025-03-01T10-15-00-bluesky-3lb1\""))
        #expect(paul.contains("warning: \"graphic-media\""))
        #expect(paul.contains("[Un chat endormi]"))
        let orphan = bluesky.first { $0.key.hasSuffix("-3lb4") }?.value ?? ""
        #expect(!orphan.contains("reply_to"), "a reply to a withheld post joins the thread at its root")

        // Avatars: stored without their metadata; hostile, oversized and missing ones leave the reply without one;
        // those of replies never republished are never fetched.
        let avatars = folder.appendingPathComponent(".planet/feeds/claire/avatars")
        let stored = try FileManager.default.contentsOfDirectory(atPath: avatars.path).sorted()
        let marieAvatar = Self.avatarName("http://127.0.0.1:\(fake.server.port)/img/avatar/plain/did:plc:marie/bafkrei@jpeg")
        #expect(stored == [aliceAvatar, marieAvatar].sorted(), "\(stored)")
        let alicePNG = try Data(contentsOf: avatars.appendingPathComponent(aliceAvatar))
        #expect(ImageParts.pngChunks([UInt8](alicePNG)).map(\.type) == ["IHDR", "IDAT", "IEND"], "the text chunk is stripped")
        #expect(premier[r3]?.contains("avatar: \"\(aliceAvatar)\"") == true)
        #expect(marie.contains("avatar: \"\(marieAvatar)\""))
        for id in [r2, r4] { #expect(premier[id]?.contains("avatar:") == false, "\(id): a refused avatar is left out") }
        #expect(!paul.contains("avatar:"))
        #expect(first.stdout.contains("avatars not stored (refused, too large or not an image): initials instead"), "\(first.stdout)")
        for withheld in ["/avatars/eve.png", "/avatars/frank.png", "/avatars/gina.png", "/img/avatar/plain/did:plc:hidden/bafkrei@jpeg"] {
            #expect(fake.server.hitCount(withheld) == 0, "\(withheld) belongs to a reply never republished")
        }

        // Nothing shows before a moderator approves.
        let pendingBuild = try Run.planet(["build", folder.path, "--quiet"])
        #expect(pendingBuild.status == 0, "\(pendingBuild.stderr)")
        let pendingPage = try String(contentsOf: folder.appendingPathComponent("public/claire/premier-billet/index.html"), encoding: .utf8)
        #expect(!pendingPage.contains("Très juste"))
        #expect(pendingPage.contains("<meta name=\"fediverse:creator\" content=\"@claire@127.0.0.1:\(fake.server.port)\">"))
        #expect(pendingPage.contains(">Répondre sur Mastodon</a>") && pendingPage.contains(">Répondre sur Bluesky</a>"))
        let foundPage = try String(contentsOf: folder.appendingPathComponent("public/claire/deuxieme-billet/index.html"), encoding: .utf8)
        #expect(foundPage.contains("<li><a href=\"https://bsky.app/profile/claire.bsky.social/post/3lfound\" rel=\"nofollow noopener\">Répondre sur Bluesky</a></li>"),
                "a discussion found in the member's account is linked too")
        let quietPage = try String(contentsOf: folder.appendingPathComponent("public/claire/troisieme-billet/index.html"), encoding: .utf8)
        #expect(!quietPage.contains("comments__elsewhere"))

        // A second fetch writes nothing.
        let before = try Run.tree(folder)
        let second = try Self.fetch(folder, fake)
        #expect(second.status == 0)
        #expect(second.stdout.contains("0 new, 0 edited and 0 removed replies"))
        #expect(try Run.tree(folder) == before)
        #expect(fake.server.hitCount("/avatars/alice.png") == 1, "an avatar stored is not fetched again")

        // The moderator approves all but one.
        let r9 = "2025-03-01T14-00-00-mastodon-110000000000000010"
        for id in premier.keys.sorted() where id != r9 {
            let review = try Run.planet(["comment", "review", folder.path, "--approve", "claire/premier-billet/\(id)"])
            #expect(review.status == 0, "\(review.stderr)")
        }
        let build = try Run.planet(["build", folder.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("public/claire/premier-billet/index.html"), encoding: .utf8)
        let order = [r1, r2, r3, r4].map { page.range(of: "id=\"comment-\($0)\"")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 }.sorted() == order.compactMap { $0 }, "threaded in order")
        #expect(page.components(separatedBy: "class=\"comment__replies\"").count - 1 >= 4)
        #expect(page.contains("Réponse publiée sur <a class=\"u-url\" href=\"http://127.0.0.1:\(fake.server.port)/@alice/110000000000000002\" rel=\"nofollow ugc noopener\">Mastodon</a>"))
        #expect(page.contains("<details class=\"comment__warning\">\n<summary>Spoiler&#x202F;: la fin du film</summary>")
            || page.contains("<summary>Spoiler"))
        #expect(page.contains("class=\"post h-entry"))
        #expect(page.contains("class=\"comment p-comment h-cite"))
        #expect(!page.contains("Une seconde branche"), "the reply left pending is not shown")
        #expect(!page.contains("<script") && !page.contains("<img src=x"), "hostile display names are text on the page")
        #expect(page.contains("&lt;script&gt;") || page.contains(">@bob@"), "Bob's name is shown, escaped")
        let scan = try Run.program("/usr/bin/env", ["python3", Fixtures.repository.appendingPathComponent("Tests/browser/scan_html.py").path,
                                                     folder.appendingPathComponent("public").path])
        #expect(scan.status == 0, "\(scan.stdout)\(scan.stderr)")
        // Avatars come from the site itself; initials where there is none.
        #expect(page.contains("<img class=\"avatar\" src=\"/claire/premier-billet/\(aliceAvatar)\" alt=\"\""))
        #expect(page.contains("<img class=\"avatar\" src=\"/claire/premier-billet/\(marieAvatar)\" alt=\"\""))
        let published = try Data(contentsOf: folder.appendingPathComponent("public/claire/premier-billet/\(aliceAvatar)"))
        #expect(published == alicePNG)
        let bobArticle = page.range(of: "id=\"comment-\(r2)\"").map { String(page[$0.upperBound...].prefix(400)) } ?? ""
        #expect(bobArticle.contains("avatar--initials"), "no avatar: initials")
        // The built pages make no request to another host: every resource they load is the site's own.
        for (path, html) in try Self.pages(folder.appendingPathComponent("public")) {
            #expect(Self.outsideResources(html).isEmpty, "\(path) loads \(Self.outsideResources(html))")
        }

        // Later: r1 edited (approved: the edit is proposed), r4 deleted (approved: removal proposed), r9 deleted (pending: gone).
        fake.later.withLock { $0 = true }
        let third = try Self.fetch(folder, fake)
        #expect(third.stdout.contains("0 new, 1 edited and 2 removed replies"), "\(third.stdout)")
        let later = try Self.files(folder, "premier-billet")
        #expect(later[r9] == nil)
        #expect(later[r1]?.contains("Très juste, et bien écrit !") == true && later[r1]?.hasSuffix("status: pending\n---\n") == false)
        #expect(later[r1]?.contains("\nstatus: pending\n") == true)
        #expect(later[r4]?.contains("\nupstream: deleted\nstatus: pending\n") == true)
        #expect(later[r3]?.contains("status:") == false && later[r3]?.contains("avatar: \"\(aliceAvatar)\"") == true,
                "an approved reply whose avatar alone changed stays as approved")
        let afterThird = try Run.tree(folder)
        let fourth = try Self.fetch(folder, fake)
        #expect(fourth.stdout.contains("0 new, 0 edited and 0 removed replies"))
        #expect(try Run.tree(folder) == afterThird)
        let rebuilt = try Run.planet(["build", folder.path, "--quiet"])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        let laterPage = try String(contentsOf: folder.appendingPathComponent("public/claire/premier-billet/index.html"), encoding: .utf8)
        #expect(!laterPage.contains("id=\"comment-\(r4)\""), "a reply deleted upstream is hidden at once")
        #expect(!laterPage.contains("id=\"comment-\(r1)\""), "an edit waits for a moderator")
    }

    @Test func failuresStayWithTheirDiscussion() throws {
        let fake = try FakeNetworks()
        defer { fake.server.stop() }
        let folder = try Run.temporaryFolder("planet-conversations")
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = fake.server.port
        try Run.write(Fixtures.withMinimalSite("""
            -- authors/alice/posts/2025-03-02-echecs.md --
            ---
            title: Échecs
            date: 2025-03-02
            discussion:
              - http://127.0.0.1:\(port)/@claire/120
              - http://127.0.0.1:\(port)/@claire/130
              - http://127.0.0.1:\(port)/@claire/140
              - http://127.0.0.1:\(port)/@claire/110000000000000001
              - https://exemple.org/pas-une-discussion
            ---
            Corps.

            """), to: folder)
        let result = try Self.fetch(folder, fake, timeout: "2")
        #expect(result.status == 0)
        #expect(result.stderr.contains("2025-03-02-echecs.md:9:5: warning: discussion `https://exemple.org/pas-une-discussion` is not the address"), "\(result.stderr)")
        #expect(fake.server.hitCount("/api/v1/statuses/120") == 2, "the 429 is waited for, then asked again")
        #expect(result.stderr.contains("warning: http://127.0.0.1:\(port)/@claire/130 (/alice/echecs/): timeout"))
        #expect(result.stderr.contains("warning: http://127.0.0.1:\(port)/@claire/140 (/alice/echecs/): invalid JSON"))
        #expect(result.stdout.contains("4 discussions: 2 ok, 2 failed; 5 new"), "\(result.stdout)")
        let dir = folder.appendingPathComponent("comments/alice/echecs")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).count == 5)
    }

    /// Without `--allow-private-addresses`, nothing on a private, loopback or link-local address is fetched: not a
    /// discussion on 127.0.0.1, 10.x or [::1], not a feed, not an account; each is a located warning, counted.
    @Test func privateAddressesAreRefusedByDefault() throws {
        let fake = try FakeNetworks()
        defer { fake.server.stop() }
        let folder = try Run.temporaryFolder("planet-conversations")
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = fake.server.port
        try Run.write(Fixtures.withMinimalSite("""
            -- authors/bob/author.yaml --
            name: Bob
            fediverse: "@claire@127.0.0.1:\(port)"
            feeds:
              - http://127.0.0.1:\(port)/feed.xml
            -- authors/bob/posts/2025-03-02-prive.md --
            ---
            title: Privé
            date: 2025-03-02
            discussion:
              - http://127.0.0.1:\(port)/@claire/110000000000000001
              - http://10.0.0.1/@claire/110000000000000001
              - http://[::1]:\(port)/@claire/110000000000000001
            ---
            Corps.

            """), to: folder)
        let result = try Run.planet(["fetch", folder.path, "--timeout", "5", "--bluesky-appview", fake.server.url("")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(fake.server.totalHits == 0, "no request reached the loopback server")
        let post = "authors/bob/posts/2025-03-02-prive.md"
        #expect(result.stderr.contains("\(post):5:5: warning: discussion `http://127.0.0.1:\(port)/@claire/110000000000000001` not fetched: "
            + "127.0.0.1 has a private, loopback or link-local address; planet fetches only from public addresses"), "\(result.stderr)")
        #expect(result.stderr.contains("\(post):6:5: warning: discussion `http://10.0.0.1/@claire/110000000000000001` not fetched: 10.0.0.1 has"))
        #expect(result.stderr.contains("\(post):7:5: warning: discussion `http://[::1]:\(port)/@claire/110000000000000001` not fetched: ::1 has"))
        #expect(result.stderr.contains("authors/bob/author.yaml:4:5: warning: feed `http://127.0.0.1:\(port)/feed.xml` not fetched: 127.0.0.1 has"))
        #expect(result.stderr.contains("authors/bob/author.yaml:2:13: warning: Mastodon account `@claire@127.0.0.1:\(port)` not fetched"))
        #expect(result.stdout.contains("3 discussions: 0 ok, 3 failed"), "\(result.stdout)")
        #expect(result.stdout.contains("5 refusals: hosts with private, loopback or link-local addresses are never fetched"), "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("comments/bob").path))
    }

    /// Avatars and feed images on a private address are refused too (not asked), counted with their reasons, while
    /// the thread and the feed themselves come from a host trusted by name (as a test's `localhost`).
    @Test func avatarsAndImagesOnPrivateAddressesAreRefused() throws {
        let fake = try FakeNetworks()
        defer { fake.server.stop() }
        let folder = try Run.temporaryFolder("planet-conversations")
        defer { try? FileManager.default.removeItem(at: folder) }
        let client = HTTPClient(limits: FetchLimits(timeout: 5), addressPolicy: AddressPolicy(trustedHosts: ["localhost"]))
        let discussion = try #require(Discussion.parse("http://localhost:\(fake.server.port)/@claire/110000000000000001"))
        let outcomes = DiscussionRun(client: client, appView: "http://localhost:\(fake.server.port)").run(
            [DiscussionRun.Target(authorID: "claire", slug: "premier-billet", discussions: [discussion])],
            site: folder, cache: FeedCacheFolder(site: folder), jobs: 1)
        let outcome = try #require(outcomes.first)
        #expect(outcome.failure == nil && outcome.counts.new == 5, "\(outcome)")
        #expect(outcome.refusedAvatars == ["127.0.0.1 has a private, loopback or link-local address"])
        #expect(fake.server.hitCount("/avatars/alice.png") == 0)
        #expect(try Self.files(folder, "premier-billet").values.allSatisfy { !$0.contains("avatar:") })

        let feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Dehors</title><link>https://dehors.example/</link>
            <item><title>Une image</title><link>https://dehors.example/1</link><pubDate>Sun, 02 Mar 2025 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;&lt;img src="http://127.0.0.1:\(fake.server.port)/avatars/alice.png" alt="A"&gt;&lt;/p&gt;</description></item></channel></rss>
            """
        let server = try FeedServer(routes: ["/rss": { _, _ in FeedServer.body(feed, type: "application/rss+xml") }])
        defer { server.stop() }
        let fetched = FeedFetcher(client: client, now: Date(timeIntervalSince1970: 1_750_000_000)).fetch(
            authorID: "claire", subscription: FeedSubscription(url: server.url("/rss").replacingOccurrences(of: "127.0.0.1", with: "localhost")),
            cached: nil, imagesFolder: folder.appendingPathComponent("images"))
        #expect(fetched.refusedImages == ["127.0.0.1 has a private, loopback or link-local address"], "\(fetched.status)")
        #expect(fetched.cache?.entries.first?.contentHTML.contains("href=\"http://127.0.0.1:\(fake.server.port)/avatars/alice.png\"") == true,
                "a refused image becomes a link")
        #expect(fake.server.hitCount("/avatars/alice.png") == 0)
    }

    /// A redirect to a private address is refused as well, whatever the first host was.
    @Test func redirectsToPrivateAddressesAreRefused() throws {
        let port = Locked<UInt16>(0)
        let server = try FeedServer(routes: [
            "/away": { _, _ in FeedServer.status(302, location: "http://127.0.0.1:\(port.withLock { $0 })/target") },
            "/target": { _, _ in FeedServer.body("<feed/>") },
        ])
        port.withLock { $0 = server.port }
        defer { server.stop() }
        let away = server.url("/away").replacingOccurrences(of: "127.0.0.1", with: "localhost")
        let client = HTTPClient(limits: FetchLimits(timeout: 5), addressPolicy: AddressPolicy(trustedHosts: ["localhost"]))
        guard case .failure(.refused(let reason)) = client.get(away, maximumBytes: 1000) else {
            Issue.record("the redirect to 127.0.0.1 was followed")
            return
        }
        #expect(reason == "127.0.0.1 has a private, loopback or link-local address")
        #expect(server.hitCount("/away") == 1 && server.hitCount("/target") == 0)
        #expect(AddressPolicy().refusal(for: URL(string: "http://169.254.169.254/latest/meta-data/")!) != nil)
        #expect(AddressPolicy().refusal(for: URL(string: "http://[fe80::1]/")!) != nil)
    }

    /// An avatar stays in the feed cache only while a reply file names it.
    @Test func unusedAvatarsAreRemoved() throws {
        let folder = try Run.temporaryFolder("planet-avatars")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write([
            "comments/claire/billet/2025-03-01T10-00-00-mastodon-1.md": Data("---\nauthor: A\nkind: reply\navatar: \"00000000000000aa.png\"\n---\nA\n".utf8),
            "comments/claire/autre/2025-03-01T10-00-00-bluesky-2.md": Data("---\nauthor: B\nkind: reply\navatar: \"00000000000000bb.png\"\n---\nB\n".utf8),
            ".planet/feeds/claire/avatars/00000000000000aa.png": Data([1]),
            ".planet/feeds/claire/avatars/00000000000000bb.png": Data([2]),
            ".planet/feeds/claire/avatars/00000000000000cc.png": Data([3]),
        ], to: folder)
        let avatars = folder.appendingPathComponent(".planet/feeds/claire/avatars")
        ReplyFiles.removeUnusedAvatars(site: folder, authorID: "claire", folder: avatars)
        #expect(try FileManager.default.contentsOfDirectory(atPath: avatars.path).sorted() == ["00000000000000aa.png", "00000000000000bb.png"])
    }

    @Test func discussionAddresses() {
        #expect(Discussion.parse("https://piaille.fr/@claire/113456789")?.network == .mastodon)
        #expect(Discussion.parse("https://piaille.fr/users/claire/statuses/113456789")?.postID == "113456789")
        #expect(Discussion.parse("https://bsky.app/profile/claire.bsky.social/post/3l4xyz")?.account == "claire.bsky.social")
        #expect(Discussion.parse("https://bsky.app/profile/did:plc:abc123/post/3l4xyz")?.network == .bluesky)
        for bad in ["https://piaille.fr/@claire", "ftp://piaille.fr/@claire/1", "https://bsky.app/profile/claire/post/3l", "javascript:alert(1)",
                    "https://user:pw@piaille.fr/@claire/1", "https://exemple.org/2025/01/billet", ""] {
            #expect(Discussion.parse(bad) == nil, "\(bad)")
        }
        #expect(FediverseAccount.parse("@claire@piaille.fr") == FediverseAccount(name: "claire", host: "piaille.fr"))
        #expect(FediverseAccount.parse("claire@Piaille.FR")?.handle == "@claire@piaille.fr")
        #expect(FediverseAccount.parse("claire") == nil)
        #expect(FediverseAccount.parse("@cl aire@piaille.fr") == nil)
    }

    @Test func accountsAreChecked() throws {
        let result = Fixtures.build(bundle: Fixtures.minimalSite + """
            -- authors/bob/author.yaml --
            name: Bob
            fediverse: bob
            bluesky: "pas un handle"

            """)
        let messages = result.diagnostics.map { "\($0.location.path):\($0.location.line): \($0.message)" }
        #expect(messages.contains("authors/bob/author.yaml:2: `fediverse` must be a Mastodon account such as `@claire@piaille.fr`; it is left out"))
        #expect(messages.contains("authors/bob/author.yaml:3: `bluesky` must be a Bluesky handle such as `claire.bsky.social`; it is left out"))
    }
}
