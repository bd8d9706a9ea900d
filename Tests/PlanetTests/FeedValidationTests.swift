import Foundation
import FoundationXML
import PlanetCore
import Testing

/// Every feed passes `jing -c ../shared/schemas/atom.rnc` and RFC 4287's two Schematron rules,
/// which jing does not check.
@Suite struct FeedValidationTests {
    static let schema = Fixtures.shared.appendingPathComponent("schemas/atom.rnc").path

    /// Writes the feeds of `files` to a temporary folder and validates them; returns how many were checked.
    @discardableResult
    static func validateFeeds(_ files: [String: Data], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int {
        let feeds = files.filter { $0.key.hasSuffix("atom.xml") || $0.key.hasSuffix("comments.xml") }
        #expect(!feeds.isEmpty, sourceLocation: sourceLocation)
        let folder = try Run.temporaryFolder("planet-feeds")
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (path, data) in feeds.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            paths.append(url.path)
            try checkSchematronRules(data, path: path, sourceLocation: sourceLocation)
        }
        let jing = try Run.tool("jing", ["-c", schema] + paths)
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

    @Test func basicFixtureFeedsAreValid() throws {
        let result = Fixtures.build(bundle: try Fixtures.text(of: "basic.site"))
        let files = Dictionary(uniqueKeysWithValues: result.files.compactMap { file -> (String, Data)? in
            if case .data(let data) = file.content { return (file.path, data) }
            return nil
        })
        #expect(try Self.validateFeeds(files) == 11)
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
        let feeds = Dictionary(uniqueKeysWithValues: result.files.compactMap { file -> (String, Data)? in
            if case .data(let data) = file.content, file.path.hasSuffix(".xml") { return (file.path, data) }
            return nil
        })
        try Self.validateFeeds(feeds)
    }
}
