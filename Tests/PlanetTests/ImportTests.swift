import Foundation
import PlanetBuild
import PlanetCore
import PlanetImport
import PlanetSite
import Testing

/// `planet import`: each engine's fixture export imported into a small site and compared with the expected files
/// (`Tests/PlanetTests/Fixtures/import/<engine>/expected.site`; `PLANET_RECORD=1` writes them anew), then built: no
/// error, every old permalink redirected, valid feeds, no e-mail or IP address of the export anywhere. A second
/// import writes nothing.
@Suite struct ImportTests {
    static let folder = Fixtures.fixtures.appendingPathComponent("import")

    static let site = """
        -- planet.yaml --
        title: Planète Test
        base_url: https://planete.example.org
        language: fr
        timezone: Europe/Paris
        -- authors/claire/author.yaml --
        name: Claire Martin

        """

    static let exports: [ImportEngine: String] = [.wordpress: "wordpress/export.xml", .blogger: "blogger/export.xml", .dotclear: "dotclear/export.txt"]

    /// Every e-mail and IP address the fixture exports hold.
    static let secrets = [
        "claire.secret@docteure.example.fr", "zoe.private@mail.example.com", "paul.hidden@mail.example.com", "ines.pending@mail.example.com",
        "spammer@spam.example.com", "troll@mail.example.com", "visiteur@mail.example.com", "203.0.113.45", "198.51.100.7", "2001:db8::1f",
        "192.0.2.99", "192.0.2.200", "192.0.2.150", "192.0.2.77", "karim.secret@gmail.example.com", "anne.private@mail.example.com",
        "lucas.pending@mail.example.com", "spam@spam.example.com", "sophie.secret@mail.example.com", "elodie.private@mail.example.com",
        "203.0.113.12", "198.51.100.20", "192.0.2.31", "192.0.2.32", "192.0.2.33",
    ]

    static func options(media: [String: String] = [:]) -> ImportOptions {
        ImportOptions(author: "claire", members: ["claire"], reservedNames: ReservedNames.topLevel, mediaFiles: media,
                      timeZone: TimeZone(identifier: "Europe/Paris")!,
                      host: "planete.example.org", anonymousName: "Anonyme")
    }

    static func mediaFiles(_ engine: ImportEngine) throws -> [String: String] {
        let uploads = folder.appendingPathComponent("\(engine.rawValue)/uploads")
        guard let enumerator = FileManager.default.enumerator(atPath: uploads.path) else { return [:] }
        var files: [String: String] = [:]
        while let path = enumerator.nextObject() as? String {
            if path.contains(".") { files[path] = uploads.path + "/" + path }
        }
        return files
    }

    static func plan(_ engine: ImportEngine) throws -> ImportPlan {
        let data = try Data(contentsOf: folder.appendingPathComponent(exports[engine]!))
        let blog = ImportReader.read(engine, data: data, path: "export", timeZone: TimeZone(identifier: "Europe/Paris")!)
        return ImportPlanner.plan(blog, options: options(media: try mediaFiles(engine)))
    }

    /// The plan as a text bundle: text files in full, media by their source, then the summary and the warnings.
    static func text(of plan: ImportPlan) -> String {
        let root = folder.path + "/"
        let files = plan.files.map { file -> (String, String) in
            switch file.content {
            case .text(let text): (file.path, text)
            case .copy(let source): (file.path, "(copy of \(source.replacingOccurrences(of: root, with: "")))")
            }
        }
        let summary = plan.summary
        let counts = """
            posts \(summary.posts), pages \(summary.pages), drafts \(summary.drafts), left out \(summary.leftOut)
            comments \(summary.commentsPublished) published, \(summary.commentsPending) pending, \(summary.commentsSpam) spam, \
            \(summary.mentions) mentions, \(summary.commentsLeftOut) left out
            aliases \(summary.aliases), media \(summary.mediaCopied) copied, \(summary.mediaLinked) linked, old host \(summary.oldHost)
            """
        let report = [counts] + summary.oldHostRedirects + plan.diagnostics.map(\.rendered)
        return TextBundle.render(files + [("(summary)", report.joined(separator: "\n"))])
    }

    /// The site's files with the plan's.
    static func siteFiles(with plan: ImportPlan) throws -> [String: Data] {
        var files = TextBundle.parse(site)
        for file in plan.files {
            switch file.content {
            case .text(let text): files[file.path] = Data(text.utf8)
            case .copy(let source): files[file.path] = try Data(contentsOf: URL(fileURLWithPath: source))
            }
        }
        return files
    }

    static let blogEngines: [ImportEngine] = [.wordpress, .blogger, .dotclear]

    @Test(arguments: blogEngines)
    func matchesExpectedFiles(engine: ImportEngine) throws {
        let actual = Self.text(of: try Self.plan(engine))
        let url = Self.folder.appendingPathComponent("\(engine.rawValue)/expected.site")
        if Snapshot.recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected)
    }

    @Test(arguments: blogEngines)
    func buildsWithRedirectsAndNoSecrets(engine: ImportEngine) throws {
        let plan = try Self.plan(engine)
        #expect(!plan.diagnostics.hasErrors)
        let files = try Self.siteFiles(with: plan)
        let result = Fixtures.build(files)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let output = FeedValidationTests.files(result)
        for file in plan.files {
            guard case .text(let text) = file.content else { continue }
            let lists = file.path == "tags.yaml" ? text.matches(of: /:\n((?:- .*\n)+)/).map(\.output.1)
                : text.firstMatch(of: /aliases:\n((?:- .*\n)+)/).map { [$0.output.1] } ?? []
            for line in lists.flatMap({ $0.split(separator: "\n") }) {
                let alias = String(line.dropFirst(2)).trimmingCharacters(in: ["'", "\""])
                let path = Alias(path: alias, line: 1, column: 1).outputPath(basePath: "")
                #expect(path.flatMap { output[$0] } != nil, "no redirect page for \(alias)")
            }
        }
        try FeedValidationTests.checkRules(output)
        for secret in Self.secrets {
            for (path, data) in files.merging(output, uniquingKeysWith: { $1 }) {
                #expect(!String(decoding: data, as: UTF8.self).contains(secret), "\(secret) in \(path)")
            }
        }
    }

    @Test func publishesEveryImportedPostWithItsThread() throws {
        let plan = try Self.plan(.wordpress)
        let result = Fixtures.build(try Self.siteFiles(with: plan))
        let output = FeedValidationTests.files(result)
        let page = String(decoding: output["claire/ouvrir-un-cabinet/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("id=\"comment-2019-05-07T07-00-00-paul\""))
        #expect(page.contains("paul-blog.example.org"))
        #expect(!page.contains("Cheap pills") && !page.contains("Un commentaire en attente"))
        #expect(output["claire/tiers-payant-teleconsultation/index.html"] != nil)
        #expect(output["le-cabinet/index.html"] != nil)
        #expect(output["claire/ouvrir-un-cabinet/cabinet.png"] != nil)
        let thread = try #require(page.range(of: "comment-2019-05-06T12-00-00-zoe-l-ardechoise-cie"))
        let reply = try #require(page.range(of: "comment-2019-05-06T13-30-00-claire"))
        let replyToReply = try #require(page.range(of: "comment-2019-05-07T07-00-00-paul"))
        #expect(thread.lowerBound < reply.lowerBound && reply.lowerBound < replyToReply.lowerBound)
    }

    @Test func secondImportWritesNothing() throws {
        let folder = try Run.temporaryFolder("planet-import")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(TextBundle.parse(Self.site), to: folder)
        let plan = try Self.plan(.wordpress)
        let first = try ImportWriter.write(plan, root: folder.path, force: false, dryRun: false)
        #expect(first.written.count == plan.files.count && first.unchanged.isEmpty)
        let second = try ImportWriter.write(plan, root: folder.path, force: false, dryRun: false)
        #expect(second.written.isEmpty && second.differing.isEmpty && second.unchanged.count == plan.files.count)
        let edited = folder.appendingPathComponent("authors/claire/posts/2021-01-15-brouillon-sur-les-gardes.md")
        try Data("edited\n".utf8).write(to: edited)
        let third = try ImportWriter.write(plan, root: folder.path, force: false, dryRun: false)
        #expect(third.differing == ["authors/claire/posts/2021-01-15-brouillon-sur-les-gardes.md"])
        #expect(try String(contentsOf: edited, encoding: .utf8) == "edited\n")
        _ = try ImportWriter.write(plan, root: folder.path, force: true, dryRun: false)
        #expect(try String(contentsOf: edited, encoding: .utf8) != "edited\n")
        let page = folder.appendingPathComponent("pages/le-cabinet.md")
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("the site's own\n".utf8).write(to: page)
        let fourth = try ImportWriter.write(plan, root: folder.path, force: true, dryRun: false)
        #expect(fourth.differing.isEmpty && !plan.files.contains { $0.path.hasPrefix("pages/") })
        #expect(try String(contentsOf: page, encoding: .utf8) == "the site's own\n")
    }

    @Test func unmappedLoginsAreListed() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("wordpress/export.xml"))
        let blog = ImportReader.read(.wordpress, data: data, path: "export.xml", timeZone: TimeZone(identifier: "UTC")!)
        var options = Self.options()
        options.author = nil
        options.map = ["someone": "claire"]
        let plan = ImportPlanner.plan(blog, options: options)
        #expect(plan.diagnostics.map(\.rendered) == [
            "export.xml:1:1: error: logins with no member: `claire`; give each `--map LOGIN=ID`, or `--author ID` for all",
        ])
        options.map = ["claire": "nobody"]
        #expect(ImportPlanner.plan(blog, options: options).diagnostics.map(\.message) == [
            "no member `nobody`: add one with `planet new author nobody --name \"...\"`",
        ])
    }

    @Test func dotclearLatin1IsRead() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("dotclear/export.txt"))
        #expect(String(data: data, encoding: .utf8) == nil)
        let blog = ImportReader.read(.dotclear, data: data, path: "export.txt", timeZone: TimeZone(identifier: "UTC")!)
        #expect(blog.items.map(\.title).contains("Première naissance à domicile"))
        #expect(blog.title == "Le journal d'une sage-femme")
    }

    @Test func commandImportsThenWritesNothing() throws {
        let folder = try Run.temporaryFolder("planet-import-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(TextBundle.parse(Self.site), to: folder)
        let export = Self.folder.appendingPathComponent("wordpress/export.xml").path
        let media = Self.folder.appendingPathComponent("wordpress/uploads").path
        let arguments = ["import", "wordpress", export, "--author", "claire", "--media", media, "--site", folder.path]
        let dry = try Run.planet(arguments + ["--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("would write authors/claire/pages/le-cabinet.md"))
        #expect(dry.stdout.contains("would write comments/claire/le-cabinet/2019-04-02T09-00-00-visiteur.md"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("authors/claire/pages/le-cabinet.md").path))
        let first = try Run.planet(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Imported 2 posts, 1 page, 2 drafts; left out 3"))
        #expect(first.stdout.contains("Files: wrote 17, 0 unchanged"))
        let second = try Run.planet(arguments)
        #expect(second.stdout.contains("Files: wrote 0, 17 unchanged"))
        let build = try Run.planet(["build", folder.path])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("public/claire/le-cabinet/index.html"), encoding: .utf8)
        #expect(page.contains("comment-2019-04-02T09-00-00-visiteur"), "the page's comment is on the member's page")
        let unknown = try Run.planet(["import", "wordpress", export, "--author", "nobody", "--site", folder.path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no member `nobody`"))
    }

    /// Each engine's help names only the options it takes: Dotclear and Blogger have no logins to `--map`, Disqus no `--author`.
    @Test func eachEngineHelpNamesItsOwnOptions() throws {
        let expected: [(String, [String], [String])] = [
            ("wordpress", ["--author", "--map", "--media"], ["--old-url"]),
            ("blogger", ["--author", "--media"], ["--map", "--old-url"]),
            ("dotclear", ["--author", "--media", "--old-url"], ["--map"]),
            ("disqus", ["--map"], ["--author", "--media", "--old-url"]),
        ]
        for (engine, present, absent) in expected {
            let help = try Run.planet(["import", engine, "--help"])
            #expect(help.status == 0)
            for option in present { #expect(help.stdout.contains(option), "\(engine) --help lacks \(option)") }
            for option in absent { #expect(!help.stdout.contains(option), "\(engine) --help names \(option)") }
        }
    }

    @Test func anExportOfAnotherKindIsALocatedError() {
        let html = Data("<html><body>not an export</body></html>".utf8)
        for engine in Self.blogEngines + [.disqus] {
            let blog = ImportReader.read(engine, data: html, path: "page.html", timeZone: TimeZone(identifier: "UTC")!)
            #expect(blog.diagnostics.map(\.severity) == [.error])
            #expect(blog.diagnostics.first?.location.path == "page.html")
            #expect(ImportPlanner.plan(blog, options: Self.options()).files.isEmpty)
        }
    }
}
