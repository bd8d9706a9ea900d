import Foundation
import PlanetBuild
import PlanetCore
import PlanetLoad
import Testing

/// The input index: files whose stamp did not change are not read, unless they are racy (modified
/// within two seconds of when the index was taken); the index survives its codec.
@Suite struct InputIndexTests {
    static let site = Fixtures.withMinimalSite("""
        -- comments/alice/bonjour/2024-03-02T10-00-00-jeanne.md --
        ---
        author: Jeanne
        date: 2024-03-02T10:00:00+01:00
        ---
        Merci !
        -- static/lisez-moi.txt --
        Bonjour.

        """)

    static func folder() throws -> URL {
        let folder = try Run.temporaryFolder("planet-index")
        try Run.write(site, to: folder)
        return folder
    }

    @Test func onlyChangedFilesAreRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SiteLoader.load(folder: folder.path, index: InputIndex())
        #expect(first.readPaths.count == 4, "every file but the static one: \(first.readPaths)")
        var index = first.index
        index.takenAt += 10_000_000_000
        let post = "authors/alice/posts/2024-03-01-bonjour.md"
        try Data((String(decoding: Self.site[post]!, as: UTF8.self) + "Ajout.\n").utf8).write(to: folder.appendingPathComponent(post))

        let second = try SiteLoader.load(folder: folder.path, index: index)
        #expect(second.readPaths == [post])
        let cold = try SiteLoader.load(folder: folder.path, index: InputIndex())
        #expect(second.input == cold.input)
        #expect(second.input.comments.map(\.bytes) == cold.input.comments.map(\.bytes), "an unread file is read when asked for")
        #expect(second.index.state == cold.index.state)
        #expect(second.index.state != first.index.state)
    }

    @Test func racyFilesAreReadAgain() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let comment = "comments/alice/bonjour/2024-03-02T10-00-00-jeanne.md"
        var index = try SiteLoader.load(folder: folder.path, index: InputIndex()).index
        let stamp = try #require(index.entries[comment]).stamp
        index.entries[comment]!.digest = 42

        index.takenAt = stamp.modified + InputIndex.racyWindow / 2
        let racy = try SiteLoader.load(folder: folder.path, index: index)
        #expect(racy.readPaths.contains(comment), "modified within the window: read again")
        #expect(racy.index.entries[comment]?.digest == Fingerprint.of(Self.site[comment]!))

        index.takenAt = max(stamp.modified, stamp.changed) + InputIndex.racyWindow + 1
        let trusted = try SiteLoader.load(folder: folder.path, index: index)
        #expect(!trusted.readPaths.contains(comment), "outside the window, the stamp vouches for the bytes")
        #expect(trusted.index.entries[comment]?.digest == 42)
    }

    @Test func codecRoundTrips() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = try SiteLoader.load(folder: folder.path, index: InputIndex()).index
        #expect(InputIndex(decoding: index.encoded) == index)
        #expect(InputIndex(decoding: index.encoded.dropLast()) == nil)
    }

    @Test func aBuildWithNothingChangedDoesNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-public")
        defer { try? FileManager.default.removeItem(at: output) }
        let options = BuildPipeline.Options(now: Fixtures.now)
        guard case .built = try SiteBuild.run(folder: folder.path, output: output.path, options: options) else {
            Issue.record("the first build builds")
            return
        }
        guard case .upToDate(let summary) = try SiteBuild.run(folder: folder.path, output: output.path, options: options) else {
            Issue.record("the second build has nothing to do")
            return
        }
        #expect(summary.posts == 1 && summary.authors == 1 && summary.pages > 0)
        var later = options
        later.keepGoing = true
        guard case .built = try SiteBuild.run(folder: folder.path, output: output.path, options: later) else {
            Issue.record("other options build again")
            return
        }
        try FileManager.default.removeItem(at: output)
        guard case .built = try SiteBuild.run(folder: folder.path, output: output.path, options: later) else {
            Issue.record("a removed output is built again")
            return
        }
    }
}
