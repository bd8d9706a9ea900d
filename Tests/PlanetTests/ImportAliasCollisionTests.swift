import Foundation
import PlanetCore
import PlanetImport
import PlanetLoad
import PlanetParse
import Testing

/// `planet import` refuses, before writing anything, an export whose old addresses the site's other files keep as
/// aliases already, and lists them all; the files an earlier import wrote keep theirs (importing again writes nothing).
@Suite struct ImportAliasCollisionTests {
    static let export = ImportTests.folder.appendingPathComponent("wordpress/export.xml")

    /// Bob's post keeps two of the export's old addresses (one without its final `/`).
    static let bobsPost = """
        -- authors/bob/author.yaml --
        name: Bob
        -- authors/bob/posts/2018-01-01-ancien.md --
        ---
        title: Ancien
        date: 2018-01-01
        aliases: [/2019/05/06/ouvrir-un-cabinet, /2020/11/02/tiers-payant-teleconsultation/, /autre/]
        ---
        Texte.
        """

    @Test func theSitesAliasesAreFoundWithTheirFiles() {
        let (input, _) = Fixtures.input(TextBundle.parse(ImportTests.site + Self.bobsPost))
        #expect(SiteParser.aliasOwners(in: input) == [
            "/2019/05/06/ouvrir-un-cabinet": "authors/bob/posts/2018-01-01-ancien.md",
            "/2020/11/02/tiers-payant-teleconsultation": "authors/bob/posts/2018-01-01-ancien.md",
            "/autre": "authors/bob/posts/2018-01-01-ancien.md",
        ])
    }

    @Test func collidingAliasesAreErrorsListedInThePlan() throws {
        let blog = ImportReader.read(.wordpress, data: try Data(contentsOf: Self.export), path: "export.xml", timeZone: TimeZone(identifier: "UTC")!)
        var options = ImportTests.options()
        options.existingAliases = [
            "/2019/05/06/ouvrir-un-cabinet": "authors/bob/posts/2018-01-01-ancien.md",
            "/2020/11/02/tiers-payant-teleconsultation": "pages/tiers-payant.md",
        ]
        let errors = ImportPlanner.plan(blog, options: options).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == [
            "item 10: old address `https://claire-docteure.example.fr/2019/05/06/ouvrir-un-cabinet/` is an alias of "
                + "authors/bob/posts/2018-01-01-ancien.md already (`/2019/05/06/ouvrir-un-cabinet/`); remove it there, or remove that item from the export",
            "item 11: old address `https://claire-docteure.example.fr/2020/11/02/tiers-payant-teleconsultation/` is an alias of "
                + "pages/tiers-payant.md already (`/2020/11/02/tiers-payant-teleconsultation/`); "
                + "remove it there, or remove that item from the export",
        ])
        #expect(errors.map(\.stableCode) == ["alias-collision", "alias-collision"])
        // The file the import writes may keep its own aliases: that is an earlier import of the same export.
        options.existingAliases = [
            "/2020/11/02/tiers-payant-teleconsultation": "authors/claire/posts/2020-11-02-tiers-payant-teleconsultation.md",
        ]
        #expect(!ImportPlanner.plan(blog, options: options).diagnostics.hasErrors)
    }

    @Test func theCommandRefusesBeforeWritingAnything() throws {
        let folder = try Run.temporaryFolder("planet-import-collision")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(TextBundle.parse(ImportTests.site + Self.bobsPost), to: folder)
        let media = ImportTests.folder.appendingPathComponent("wordpress/uploads").path
        let run = try Run.planet(["import", "wordpress", Self.export.path, "--author", "claire", "--media", media, "--site", folder.path])
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").filter { $0.contains("error: ") }
        #expect(errors.count == 3, "\(run.stderr)")
        #expect(errors.last == "error: nothing was written: 2 old addresses of the export are already kept as aliases by other files of the site")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pages").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("authors/claire/posts").path))
    }
}
