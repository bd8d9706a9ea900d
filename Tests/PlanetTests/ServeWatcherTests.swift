import Foundation
import Testing

/// `planet serve`'s watcher on the real binary: the kernel's file events (inotify) name what changed, through the ways
/// editors save (written in place, a temporary file renamed over, deleted then created), a new member's folder with a
/// post, a new folder inside a watched one, and a removed post; and the polling of `--poll`. Each change must bring a
/// reload event and the page as changed; the limits only keep a broken server from hanging the test.
@Suite(.serialized) struct ServeWatcherTests {
    static let post = "authors/alice/posts/2024-03-01-bonjour.md"

    static func text(_ body: String, title: String = "Bonjour", date: String = "2024-03-01") -> Data {
        Data("---\ntitle: \(title)\ndate: \(date)\n---\n\(body)\n".utf8)
    }

    /// Waits until the events hold `count` reloads and `page` (a path of the site) holds `text` (or, with `status`, answers it).
    static func expectReload(
        _ count: Int, events: BackgroundProcess, origin: String, page: String, holds text: String? = nil, status: Int = 200,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let deadline = Date().addingTimeInterval(30)
        var answer: HTTP.Response?
        while Date() < deadline {
            if events.output.components(separatedBy: "event: reload").count - 1 >= count {
                answer = try? HTTP.request(origin + page)
                if let answer, answer.status == status, text.map({ answer.body.contains($0) }) ?? true { return }
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("no reload \(count) with \(page) as expected: \(answer.map { "\($0.status)" } ?? "no answer")\n\(events.output)",
                     sourceLocation: sourceLocation)
    }

    @Test func editorsSavesNewFoldersAndRemovalsReload() throws {
        let folder = try Run.temporaryFolder("planet-watch")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite(""), to: folder)
        let server = try BackgroundProcess(Run.planet, ["serve", folder.path, "--port", "0", "--verbose"])
        defer { server.terminate() }
        #expect(server.waitFor("Serving", timeout: 20), "\(server.output)")
        #expect(server.waitFor("Watching for changes through the system's file events", timeout: 20), "\(server.output)")
        let origin = try #require(server.output.firstMatch(of: #/http://127\.0\.0\.1:\d+/#).map { String($0.output) })
        let events = try BackgroundProcess("/usr/bin/env", ["curl", "-sN", origin + "/__planet/events"])
        defer { events.terminate() }
        #expect(events.waitFor(": planet live reload", timeout: 30))
        let url = folder.appendingPathComponent(Self.post)

        // Written in place: truncated and written through the same file.
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Self.text("Écrit sur place."))
        try handle.close()
        Self.expectReload(1, events: events, origin: origin, page: "/alice/bonjour/", holds: "Écrit sur place.")
        #expect(server.waitFor("(\(Self.post))", timeout: 10), "the rebuild names the changed path: \(server.output)")

        // A temporary file (hidden: the build never reads it) renamed over the post, as most editors save.
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".2024-03-01-bonjour.md.tmp")
        try Self.text("Renommé par-dessus.").write(to: temporary)
        #expect(rename(temporary.path, url.path) == 0)
        Self.expectReload(2, events: events, origin: origin, page: "/alice/bonjour/", holds: "Renommé par-dessus.")

        // Deleted, then created again.
        try FileManager.default.removeItem(at: url)
        try Self.text("Effacé puis recréé.").write(to: url)
        Self.expectReload(3, events: events, origin: origin, page: "/alice/bonjour/", holds: "Effacé puis recréé.")

        // A new member: a folder with a profile and a post, made at once.
        let reloads = events.output.components(separatedBy: "event: reload").count - 1
        try Run.write([
            "authors/bruno/author.yaml": Data("name: Bruno Petit\n".utf8),
            "authors/bruno/posts/2024-04-01-salut.md": Self.text("Premier billet de Bruno.", title: "Salut", date: "2024-04-01"),
        ], to: folder)
        Self.expectReload(reloads + 1, events: events, origin: origin, page: "/bruno/salut/", holds: "Premier billet de Bruno.")

        // Then a post in a folder of its own (a bundle) inside the new member's folder, which the watcher must watch too.
        let bundle = folder.appendingPathComponent("authors/bruno/posts/2024-04-02-dossier")
        try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        Thread.sleep(forTimeInterval: 0.2)
        try Self.text("Un billet en dossier.", title: "Dossier", date: "2024-04-02").write(to: bundle.appendingPathComponent("index.md"))
        Self.expectReload(reloads + 2, events: events, origin: origin, page: "/bruno/dossier/", holds: "Un billet en dossier.")
        let edited = events.output.components(separatedBy: "event: reload").count - 1
        try Self.text("Le dossier, modifié.", title: "Dossier", date: "2024-04-02").write(to: bundle.appendingPathComponent("index.md"))
        Self.expectReload(edited + 1, events: events, origin: origin, page: "/bruno/dossier/", holds: "Le dossier, modifié.")

        // A post removed: its page is gone.
        let removed = events.output.components(separatedBy: "event: reload").count - 1
        try FileManager.default.removeItem(at: folder.appendingPathComponent("authors/bruno/posts/2024-04-01-salut.md"))
        Self.expectReload(removed + 1, events: events, origin: origin, page: "/bruno/salut/", status: 404)

        // A file the build does not read brings no rebuild.
        let before = events.output.components(separatedBy: "event: reload").count - 1
        try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try Data("swap".utf8).write(to: url.deletingLastPathComponent().appendingPathComponent(".bonjour.md.swp"))
        Thread.sleep(forTimeInterval: 1)
        #expect(events.output.components(separatedBy: "event: reload").count - 1 == before, "\(events.output)")

        #expect(server.interrupt() == 0, "\(server.output)")
    }

    @Test func pollingFollowsEditsAndNewFolders() throws {
        let folder = try Run.temporaryFolder("planet-poll")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite(""), to: folder)
        let server = try BackgroundProcess(Run.planet, ["serve", folder.path, "--port", "0", "--poll", "--verbose"])
        defer { server.terminate() }
        #expect(server.waitFor("Watching for changes by polling", timeout: 20), "\(server.output)")
        let origin = try #require(server.output.firstMatch(of: #/http://127\.0\.0\.1:\d+/#).map { String($0.output) })
        let events = try BackgroundProcess("/usr/bin/env", ["curl", "-sN", origin + "/__planet/events"])
        defer { events.terminate() }
        #expect(events.waitFor(": planet live reload", timeout: 30))

        let url = folder.appendingPathComponent(Self.post)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".2024-03-01-bonjour.md.tmp")
        try Self.text("Renommé par-dessus.").write(to: temporary)
        #expect(rename(temporary.path, url.path) == 0)
        Self.expectReload(1, events: events, origin: origin, page: "/alice/bonjour/", holds: "Renommé par-dessus.")
        let reloads = events.output.components(separatedBy: "event: reload").count - 1
        try Run.write([
            "authors/bruno/author.yaml": Data("name: Bruno Petit\n".utf8),
            "authors/bruno/posts/2024-04-01-salut.md": Self.text("Premier billet de Bruno.", title: "Salut", date: "2024-04-01"),
        ], to: folder)
        Self.expectReload(reloads + 1, events: events, origin: origin, page: "/bruno/salut/", holds: "Premier billet de Bruno.")
        #expect(server.interrupt() == 0, "\(server.output)")
    }
}
