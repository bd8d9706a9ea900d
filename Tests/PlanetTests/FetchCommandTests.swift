import Foundation
import Testing

/// `planet fetch` as run by people and CI: the real binary against a loopback server, then an offline build.
@Suite(.serialized) struct FetchCommandTests {
    static let feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Le blog de Bob</title><link>https://bob.example.net/</link>
        <item><title>Un billet du dehors</title><link>https://bob.example.net/dehors</link><pubDate>Sun, 02 Mar 2025 10:00:00 GMT</pubDate>
        <category>Santé</category><description>&lt;p&gt;Vu ailleurs #dehors&lt;/p&gt;</description></item></channel></rss>
        """

    @Test func fetchesThenBuildsOffline() throws {
        let server = try FeedServer(routes: [
            "/rss": { _, _ in FeedServer.body(Self.feed, type: "application/rss+xml", headers: ["ETag": "\"1\""]) },
            "/down": { _, _ in FeedServer.status(503) },
        ])
        let folder = try Run.temporaryFolder("planet-fetch-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite("""
            -- authors/bob/author.yaml --
            name: Bob Durand
            feeds:
              - \(server.url("/rss"))
              - url: \(server.url("/down"))
                name: Le blog en panne
            """), to: folder)
        let result = try Run.planet(["fetch", folder.path, "--timeout", "10", "--jobs", "2", "--allow-private-addresses"])
        server.stop()
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("member  feed") == true)
        #expect(lines.contains { $0.hasPrefix("bob") && $0.contains("/rss") && $0.contains(" ok ") && $0.contains(" 1    1 ") })
        #expect(lines.contains { $0.contains("/down") && $0.contains("HTTP 503") })
        #expect(lines.last == "2 feeds: 1 ok, 1 failed (their last good copy stays in use); 1 new entry")
        #expect(result.stderr.contains("warning: \(server.url("/down")) (bob): HTTP 503; its last good copy stays in use"))
        let cache = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".planet/feeds/bob").path)
        #expect(cache.count == 1 && cache[0].hasSuffix(".json"))

        let build = try Run.planet(["build", folder.path])
        #expect(build.status == 0)
        #expect(build.stderr.contains("is not fetched yet"), "the failed feed has no cache yet: a warning")
        let page = try String(contentsOf: folder.appendingPathComponent("public/bob/un-billet-du-dehors/index.html"), encoding: .utf8)
        #expect(page.contains("Publié sur&nbsp;<a class=\"origin__link\" href=\"https://bob.example.net/dehors\">Le blog de Bob</a>"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public/hashtags/dehors/index.html").path))
        let opml = try String(contentsOf: folder.appendingPathComponent("public/opml.xml"), encoding: .utf8)
        #expect(opml.contains("text=\"Le blog en panne\""))
    }

    @Test func usageErrors() throws {
        let folder = try Run.temporaryFolder("planet-fetch-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite(""), to: folder)
        #expect(try Run.planet(["fetch", folder.path, "--only", "personne"]).status == 2)
        #expect(try Run.planet(["fetch", folder.path, "--jobs", "0"]).status == 2)
        let none = try Run.planet(["fetch", folder.path])
        #expect(none.status == 0)
        #expect(none.stdout.contains("No outside feed to fetch"))
        #expect(try Run.planet(["fetch", folder.appendingPathComponent("nowhere").path]).status == 2)
    }
}
