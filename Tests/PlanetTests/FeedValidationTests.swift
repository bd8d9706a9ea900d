import Foundation
import FoundationXML
import PlanetBuild
import PlanetCore
import PlanetImport
import PlanetLoad
import Testing

/// Every feed passes `jing -c atom.rnc` (RFC 4287's schema, from the shared conformance data) and
/// RFC 4287's two Schematron rules, which jing does not check. Suites without the shared data check
/// the Schematron rules alone, with `checkRules`.
@Suite(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
struct FeedValidationTests {
    /// The Atom feeds among `files`.
    static func feeds(_ files: [String: Data]) -> [String: Data] {
        files.filter { $0.key.hasSuffix("atom.xml") || $0.key.hasSuffix("comments.xml") }
    }

    /// The files of a build, by path.
    static func files(_ result: PlanetBuild.BuildPipeline.Result) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: result.files.compactMap { file -> (String, Data)? in
            if case .data(let data) = file.content { return (file.path, data) }
            return nil
        })
    }

    /// Checks the Schematron rules on the feeds of `files`; returns how many were checked.
    @discardableResult
    static func checkRules(_ files: [String: Data], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int {
        let feeds = feeds(files)
        #expect(!feeds.isEmpty, sourceLocation: sourceLocation)
        for (path, data) in feeds.sorted(by: { $0.key < $1.key }) {
            try checkSchematronRules(data, path: path, sourceLocation: sourceLocation)
        }
        return feeds.count
    }

    /// Writes the feeds of `files` to a temporary folder and validates them with jing and the
    /// Schematron rules; returns how many were checked.
    @discardableResult
    static func validateFeeds(_ files: [String: Data], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int {
        let feeds = feeds(files)
        try checkRules(feeds, sourceLocation: sourceLocation)
        let folder = try Run.temporaryFolder("planet-feeds")
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (path, data) in feeds.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            paths.append(url.path)
        }
        let jing = try Run.tool("jing", ["-c", SharedData.atomSchema.path] + paths)
        #expect(jing.status == 0, "jing: \(jing.stdout)\(jing.stderr)", sourceLocation: sourceLocation)
        return feeds.count
    }

    /// Every entry has an author (or the feed has one), and an alternate link or content.
    static func checkSchematronRules(_ data: Data, path: String, sourceLocation: Testing.SourceLocation) throws {
        let document = try XMLDocument(data: data)
        let feedHasAuthor = try !document.nodes(forXPath: "/*[local-name()='feed']/*[local-name()='author']").isEmpty
        for entry in try document.nodes(forXPath: "//*[local-name()='entry']") {
            let hasAuthor = try !entry.nodes(forXPath: "*[local-name()='author']").isEmpty
            #expect(hasAuthor || feedHasAuthor, "\(path): an entry has no author", sourceLocation: sourceLocation)
            let alternate = try entry.nodes(forXPath: "*[local-name()='link'][@rel='alternate' or not(@rel)]")
            let content = try entry.nodes(forXPath: "*[local-name()='content']")
            #expect(!alternate.isEmpty || !content.isEmpty, "\(path): an entry has neither link nor content", sourceLocation: sourceLocation)
        }
    }

    @Test func importedBlogFeedsAreValid() throws {
        for engine in [ImportEngine.wordpress, .blogger, .dotclear] {
            let plan = try ImportTests.plan(engine)
            try Self.validateFeeds(Self.files(Fixtures.build(try ImportTests.siteFiles(with: plan))))
        }
    }

    @Test func basicFixtureFeedsAreValid() throws {
        let result = Fixtures.build(bundle: try Fixtures.text(of: "basic.site"))
        #expect(try Self.validateFeeds(Self.files(result)) == 11)
    }

    @Test func gfmFixtureFeedsAreValid() throws {
        #expect(try Self.validateFeeds(Self.files(Fixtures.build(bundle: try Fixtures.text(of: "gfm.site")))) == 11)
    }

    @Test func commentFeedsAreValid() throws {
        #expect(try Self.validateFeeds(Self.files(Fixtures.build(bundle: CommentTests.bundle))) == 5)
    }

    @Test func hashtagFeedsAreValid() throws {
        #expect(try Self.validateFeeds(Self.files(HashtagSiteTests().result)) > 0)
    }

    @Test func sampleSiteFeedsAreValid() throws {
        let (input, loadDiagnostics) = try SiteLoader.load(folder: Fixtures.sampleSite.path)
        let result = PlanetBuild.BuildPipeline.run(input, loadDiagnostics: loadDiagnostics, options: .init(now: Fixtures.now))
        let checked = try Self.validateFeeds(Self.files(result))
        print("sample-site: \(checked) feeds valid")
        #expect(checked > 50)
    }

    @Test func hostileTextStaysWellFormed() throws {
        let result = Fixtures.build(Fixtures.withMinimalSite("""
            -- authors/alice/posts/2024-03-02-piege.md --
            ---
            title: "Titre ]]> <b>&amp; \\u0001 \\uFFFE fin"
            date: 2024-03-02
            tags: ["]]>", "<script>"]
            summary: "\\u000B résumé"
            ---
            Corps ]]> avec \u{0C} caractère interdit <![CDATA[ x ]]>.
            """))
        #expect(result.succeeded)
        try Self.validateFeeds(Self.files(result))
    }
}
