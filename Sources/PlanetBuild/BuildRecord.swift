import Foundation
import PlanetCore

/// What the last successful build into an output folder was made of and what it said: when a build
/// finds the same input, tool and options, and that output as it left it, it has nothing to do.
/// Saved as `.planet/cache/last-build.bin`; removed before a build writes, so that a failed or killed
/// build leaves none.
struct BuildRecord: Sendable, Equatable {
    /// The fingerprint of the input index, the load's diagnostics, the tool, the options and the output path.
    var state: UInt64
    /// `SiteWriter.publishedStamp` of the output after the build.
    var published: UInt64
    /// The build's `nextPublication`: from then on, the same input makes another site.
    var validUntil: Date?
    /// What the build reported (warnings), said again by a build that does nothing.
    var diagnostics: [Diagnostic]
    /// Pages, redirect pages apart.
    var pages: Int
    var redirects: Int
    var feeds: Int
    var posts: Int
    var authors: Int

    private static let magic = "planet-build-record 2"

    static func path(siteRoot: String) -> String { BuildCacheStore.folder(siteRoot: siteRoot) + "/last-build.bin" }

    static func load(siteRoot: String) -> BuildRecord? {
        FileManager.default.contents(atPath: path(siteRoot: siteRoot)).flatMap(BuildRecord.init(decoding:))
    }

    static func remove(siteRoot: String) { unlink(path(siteRoot: siteRoot)) }

    func save(siteRoot: String) {
        BuildCacheStore.writeAtomically(encoded, to: Self.path(siteRoot: siteRoot), siteRoot: siteRoot)
    }

    var encoded: Data {
        var writer = ByteWriter()
        writer.write(Self.magic)
        writer.write(state)
        writer.write(published)
        writer.write(validUntil)
        BuildCache.write(diagnostics, to: &writer)
        for count in [pages, redirects, feeds, posts, authors] { writer.write(count) }
        return writer.data
    }

    init(
        state: UInt64, published: UInt64, validUntil: Date?, diagnostics: [Diagnostic], pages: Int, redirects: Int, feeds: Int, posts: Int, authors: Int
    ) {
        self.state = state
        self.published = published
        self.validUntil = validUntil
        self.diagnostics = diagnostics
        self.pages = pages
        self.redirects = redirects
        self.feeds = feeds
        self.posts = posts
        self.authors = authors
    }

    /// Nil for a damaged or foreign file.
    init?(decoding data: Data) {
        var reader = ByteReader(data)
        guard reader.string() == Self.magic, let state = reader.uint64(), let published = reader.uint64(),
              let validUntil = reader.optionalDate(), let diagnostics = BuildCache.readDiagnostics(&reader),
              let pages = reader.int(), let redirects = reader.int(), let feeds = reader.int(), let posts = reader.int(), let authors = reader.int(),
              reader.isAtEnd else { return nil }
        self.init(
            state: state, published: published, validUntil: validUntil, diagnostics: diagnostics,
            pages: pages, redirects: redirects, feeds: feeds, posts: posts, authors: authors)
    }
}
