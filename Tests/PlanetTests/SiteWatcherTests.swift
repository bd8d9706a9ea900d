import Foundation
@testable import PlanetServe
import Testing

/// What `planet serve`'s watcher reports through the system's file events: the exact paths an edit touched, whatever
/// the editor's way of saving; a new folder and, from then on, its files; and "anything may have changed" when it
/// loses track (a folder renamed, a symbolic link).
@Suite(.serialized) struct SiteWatcherTests {
    static let post = "authors/alice/posts/2024-03-01-bonjour.md"

    /// The changes reported within 10 s, merged until `done` holds for them.
    static func changes(of watcher: SiteWatcher, until done: (SiteChanges) -> Bool) -> SiteChanges? {
        let deadline = Date().addingTimeInterval(10)
        var seen: SiteChanges?
        while Date() < deadline {
            if let more = watcher.take() {
                if seen == nil { seen = more } else { seen!.merge(more) }
            }
            if let seen, done(seen) { return seen }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return seen
    }

    static func names(_ path: String) -> (SiteChanges) -> Bool {
        { $0.known?.contains(path) ?? true }
    }

    static func site() throws -> (URL, SiteWatcher) {
        let folder = try Run.temporaryFolder("planet-watcher")
        try Run.write(Fixtures.withMinimalSite(""), to: folder)
        let watcher = SiteWatcher(folder: folder.path)
        #expect(watcher.usesEvents)
        return (folder, watcher)
    }

    @Test func editorsSavesNameThePost() throws {
        let (folder, watcher) = try Self.site()
        defer { watcher.stop(); try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(Self.post)

        try Data("---\ntitle: A\ndate: 2024-03-01\n---\nA.\n".utf8).write(to: url)
        #expect(Self.changes(of: watcher, until: Self.names(Self.post)) == .paths([Self.post]))

        let temporary = url.deletingLastPathComponent().appendingPathComponent(".bonjour.md.swp")
        try Data("---\ntitle: B\ndate: 2024-03-01\n---\nB.\n".utf8).write(to: temporary)
        #expect(rename(temporary.path, url.path) == 0)
        #expect(Self.changes(of: watcher, until: Self.names(Self.post)) == .paths([Self.post]), "the hidden file is not named")

        try FileManager.default.removeItem(at: url)
        try Data("---\ntitle: C\ndate: 2024-03-01\n---\nC.\n".utf8).write(to: url)
        #expect(Self.changes(of: watcher, until: Self.names(Self.post)) == .paths([Self.post]))

        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("public"), withIntermediateDirectories: true)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(watcher.take() == nil, "nothing the build reads changed")
    }

    @Test func newFoldersAreWatchedAndMovedOnesLoseTrack() throws {
        let (folder, watcher) = try Self.site()
        defer { watcher.stop(); try? FileManager.default.removeItem(at: folder) }
        let posts = folder.appendingPathComponent("authors/bruno/posts")
        try FileManager.default.createDirectory(at: posts, withIntermediateDirectories: true)
        #expect(Self.changes(of: watcher, until: Self.names("authors/bruno"))?.known?.contains("authors/bruno") == true)
        Thread.sleep(forTimeInterval: 0.1)
        _ = watcher.take()
        try Data("---\ntitle: S\ndate: 2024-04-01\n---\nS.\n".utf8).write(to: posts.appendingPathComponent("2024-04-01-salut.md"))
        #expect(Self.changes(of: watcher, until: Self.names("authors/bruno/posts/2024-04-01-salut.md"))
            == .paths(["authors/bruno/posts/2024-04-01-salut.md"]))

        try FileManager.default.moveItem(at: folder.appendingPathComponent("authors/bruno"), to: folder.appendingPathComponent("authors/bruno-petit"))
        #expect(Self.changes(of: watcher, until: { $0 == .unknown }) == .unknown)
        let moved = "authors/bruno-petit/posts/2024-04-01-salut.md"
        try Data("---\ntitle: T\ndate: 2024-04-01\n---\nT.\n".utf8).write(to: folder.appendingPathComponent(moved))
        #expect(Self.changes(of: watcher, until: Self.names(moved)) == .paths([moved]), "watched again under its new name")
    }

    @Test func aSymbolicLinkLosesTrack() throws {
        let (folder, watcher) = try Self.site()
        defer { watcher.stop(); try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("authors/alice/lien.yaml").path, withDestinationPath: "author.yaml")
        #expect(Self.changes(of: watcher, until: { $0 == .unknown }) == .unknown)
        try Data("name: Alice M.\n".utf8).write(to: folder.appendingPathComponent("authors/alice/author.yaml"))
        #expect(Self.changes(of: watcher, until: { $0 == .unknown }) == .unknown, "the link's name changed too, which no event says")
    }
}
