import Foundation
import PlanetCore
import PlanetLoad
import Testing

/// `SiteLoader.load(folder:index:changed:)`, as `planet serve` uses it: only the paths its watcher names are listed
/// and read, and the site is the one a full load finds, whatever was edited, added, removed, renamed or made a folder.
@Suite struct ChangedPathsLoadTests {
    static let post = "authors/alice/posts/2024-03-01-bonjour.md"

    static func folder() throws -> URL {
        let folder = try Run.temporaryFolder("planet-changed")
        try Run.write(InputIndexTests.site, to: folder)
        return folder
    }

    /// Loads `folder` with `changed`, after the load that made `index`, and checks it against a full load.
    static func expectSameAsFullLoad(_ folder: URL, index: InputIndex, changed: [String]) throws -> SiteLoader.Loaded {
        let incremental = try SiteLoader.load(folder: folder.path, index: index, changed: changed)
        let full = try SiteLoader.load(folder: folder.path, index: InputIndex())
        #expect(incremental.input == full.input)
        #expect(incremental.diagnostics == full.diagnostics)
        #expect(incremental.index.state == full.index.state)
        #expect(incremental.index.entries.keys.sorted() == full.index.entries.keys.sorted())
        #expect(incremental.walkedCleanly)
        return incremental
    }

    @Test func readsOnlyTheChangedFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SiteLoader.load(folder: folder.path, index: InputIndex())
        try Data("---\ntitle: Bonjour\ndate: 2024-03-01\n---\nModifié.\n".utf8).write(to: folder.appendingPathComponent(Self.post))
        let second = try Self.expectSameAsFullLoad(folder, index: first.index, changed: [Self.post])
        #expect(second.readPaths == [Self.post])
    }

    @Test func aNewMemberFolderIsListedWhole() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SiteLoader.load(folder: folder.path, index: InputIndex())
        try Run.write([
            "authors/bob/author.yaml": Data("name: Bob\n".utf8),
            "authors/bob/posts/2024-04-01-salut.md": Data("---\ntitle: Salut\ndate: 2024-04-01\n---\nSalut.\n".utf8),
            "authors/bob/posts/2024-04-02-dossier/index.md": Data("---\ntitle: Dossier\ndate: 2024-04-02\n---\nIci.\n".utf8),
        ], to: folder)
        let second = try Self.expectSameAsFullLoad(folder, index: first.index, changed: ["authors/bob"])
        #expect(second.readPaths == [
            "authors/bob/author.yaml", "authors/bob/posts/2024-04-01-salut.md", "authors/bob/posts/2024-04-02-dossier/index.md",
        ])
    }

    @Test func removedFilesAndFoldersLeaveTheSite() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SiteLoader.load(folder: folder.path, index: InputIndex())
        try FileManager.default.removeItem(at: folder.appendingPathComponent("comments/alice"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("static/lisez-moi.txt"))
        let second = try Self.expectSameAsFullLoad(folder, index: first.index, changed: ["comments/alice", "static/lisez-moi.txt"])
        #expect(second.readPaths.isEmpty)
        #expect(second.input.comments.isEmpty)
    }

    @Test func aFileReplacedByAFolderAndRenamedFilesFollow() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SiteLoader.load(folder: folder.path, index: InputIndex())
        let manager = FileManager.default
        let bundle = "authors/alice/posts/2024-03-01-bonjour"
        try manager.createDirectory(at: folder.appendingPathComponent(bundle), withIntermediateDirectories: true)
        try manager.moveItem(at: folder.appendingPathComponent(Self.post), to: folder.appendingPathComponent(bundle + "/index.md"))
        try manager.moveItem(
            at: folder.appendingPathComponent("static/lisez-moi.txt"), to: folder.appendingPathComponent("static/lisez-moi-2.txt"))
        _ = try Self.expectSameAsFullLoad(
            folder, index: first.index, changed: [Self.post, bundle, "static/lisez-moi.txt", "static/lisez-moi-2.txt"])
    }

    @Test func pathsTheBuildDoesNotReadAreIgnored() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SiteLoader.load(folder: folder.path, index: InputIndex())
        try Run.write([
            "notes.txt": Data("x".utf8), "authors/alice/posts/.2024-03-01-bonjour.md.swp": Data("x".utf8),
            "public/index.html": Data("x".utf8),
        ], to: folder)
        let second = try Self.expectSameAsFullLoad(
            folder, index: first.index, changed: ["notes.txt", "authors/alice/posts/.2024-03-01-bonjour.md.swp", "public", "public/index.html"])
        #expect(second.readPaths.isEmpty)
    }

    @Test func whatTheBuildReads() {
        for path in ["planet.yaml", "tags.yml", "authors", "authors/alice/posts/x.md", "static/a/b.png", ".planet", ".planet/feeds",
                     ".planet/feeds/alice.json", "themes/default/page.mustache"] {
            #expect(SiteLayout.isRead(path), "\(path)")
        }
        for path in ["README.md", "public/index.html", ".git/index", ".planet/cache", "authors/alice/.posts/x.md",
                     "authors/alice/posts/.x.md.swp", ".planet/feeds/.tmp", "authors//x"] {
            #expect(!SiteLayout.isRead(path), "\(path)")
        }
    }
}
