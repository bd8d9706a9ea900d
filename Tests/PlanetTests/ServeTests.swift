import Foundation
import Testing

/// `planet serve` on the real binary: pages from memory, 404, HEAD, conditional requests, a reload event
/// after an edit, the error overlay's event, and a clean stop on Ctrl-C. How soon the event comes is
/// measured by the benchmark, not here: the limits below only keep a broken server from hanging the test.
@Suite(.serialized) struct ServeTests {
    @Test func servesRebuildsAndReloads() throws {
        let folder = try Run.temporaryFolder("planet-serve")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite(""), to: folder)
        let server = try BackgroundProcess(Run.planet, ["serve", folder.path, "--port", "0"])
        defer { server.terminate() }
        #expect(server.waitFor("Serving", timeout: 20), "\(server.output)")
        let origin = try #require(server.output.firstMatch(of: #/http://127\.0\.0\.1:\d+/#).map { String($0.output) })

        let page = try HTTP.request(origin + "/alice/bonjour/")
        #expect(page.status == 200)
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.body.contains("Premier billet."))
        #expect(page.body.contains("/__planet/events"))
        #expect(!page.body.contains("script-src 'none'"))
        let etag = try #require(page.header("ETag"))
        #expect(try HTTP.request(origin + "/alice/bonjour/", headers: ["If-None-Match": etag]).status == 304)
        let lastModified = try #require(page.header("Last-Modified"))
        #expect(try HTTP.request(origin + "/alice/bonjour/", headers: ["If-Modified-Since": lastModified]).status == 304)
        let head = try HTTP.request(origin + "/alice/bonjour/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body == "")
        #expect(head.header("Content-Length") == page.header("Content-Length"))
        #expect(try HTTP.request(origin + "/css/planet.css").header("Content-Type") == "text/css; charset=utf-8")
        #expect(try HTTP.request(origin + "/atom.xml").header("Content-Type") == "application/atom+xml; charset=utf-8")
        let missing = try HTTP.request(origin + "/nulle/part/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("404"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))

        let events = try BackgroundProcess("/usr/bin/env", ["curl", "-sN", origin + "/__planet/events"])
        defer { events.terminate() }
        #expect(events.waitFor(": planet live reload", timeout: 30))
        let authors = try HTTP.request(origin + "/authors/")
        try Data("---\ntitle: Bonjour\ndate: 2024-03-01\n---\nBillet modifié.\n".utf8)
            .write(to: folder.appendingPathComponent("authors/alice/posts/2024-03-01-bonjour.md"))
        #expect(events.waitFor("event: reload", timeout: 30), "\(events.output)")
        #expect(try HTTP.request(origin + "/alice/bonjour/").body.contains("Billet modifié."))
        let authorsAfter = try HTTP.request(origin + "/authors/")
        #expect(authorsAfter.status == 200 && authorsAfter.body == authors.body, "a page the edit left alone is still served")
        #expect(authorsAfter.header("ETag") == authors.header("ETag"))

        try Data("---\ntitle: [\n---\n".utf8).write(to: folder.appendingPathComponent("authors/alice/posts/2024-03-02-casse.md"))
        #expect(events.waitFor("event: errors", timeout: 30), "\(events.output)")
        #expect(events.output.contains(#""line":3,"message":"invalid YAML"#), "\(events.output)")
        #expect(events.output.contains(#""path":"authors\/alice\/posts\/2024-03-02-casse.md""#), "\(events.output)")
        #expect(server.waitFor("error: the site was not rebuilt", timeout: 30))
        #expect(try HTTP.request(origin + "/alice/bonjour/").body.contains("Billet modifié."))

        #expect(server.interrupt() == 0, "\(server.output)")
        #expect(server.output.hasSuffix("Stopped.\n"))
    }

    @Test func builtPagesHoldNoReloadScript() throws {
        let folder = try Run.temporaryFolder("planet-serve")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite(""), to: folder)
        #expect(try Run.planet(["build", folder.path, "--quiet"]).status == 0)
        let pages = try Run.tree(folder.appendingPathComponent("public")).filter { $0.key.hasSuffix(".html") }
        #expect(!pages.isEmpty)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script") && !html.contains("__planet"), "\(path)")
            #expect(html.contains("script-src 'none'"), "\(path)")
        }
    }

    @Test func aFirstBuildWithErrorsClaimsNoPreviousVersion() throws {
        let folder = try Run.temporaryFolder("planet-serve")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite("-- authors/alice/posts/2024-03-02-vide.md --\n"), to: folder)
        let server = try BackgroundProcess(Run.planet, ["serve", folder.path, "--port", "0"])
        defer { server.terminate() }
        #expect(server.waitFor("Serving", timeout: 20), "\(server.output)")
        #expect(server.output.contains("error: the site was not built: 1 error\n"), "\(server.output)")
        #expect(!server.output.contains("previous version"), "\(server.output)")
        #expect(server.interrupt() == 0, "\(server.output)")
    }

    @Test func refusesAFolderThatIsNotThere() throws {
        #expect(try Run.planet(["serve", "/no/such/site"]).status == 2)
    }
}
