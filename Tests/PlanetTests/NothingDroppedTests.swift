import Foundation
import PlanetBuild
@testable import PlanetCLI
import PlanetConsole
import PlanetCore
import PlanetLoad
import PlanetWrite
import Testing

/// What planet would otherwise leave out without a word (issue 28, "Nothing dropped silently"): each is a
/// located warning, or error, that says what to do.
@Suite struct NothingDroppedTests {
    /// The diagnostics of a build of the minimal site plus `extra`, rendered.
    static func rendered(_ extra: String, drafts: Bool = false) -> [String] {
        Fixtures.build(Fixtures.withMinimalSite(extra), drafts: drafts).diagnostics.map(\.rendered)
    }

    @Test func tagsWrittenAsTextWithCommasAskForAList() {
        let found = Self.rendered("""
            -- authors/alice/posts/2024-03-02-hiver.md --
            ---
            title: Hiver
            date: 2024-03-02
            tags: Santé, Hiver
            ---
            Texte.
            """)
        #expect(found == ["""
            authors/alice/posts/2024-03-02-hiver.md:4:7: warning: `tags` is one text, so this is one tag, `Santé, Hiver`: \
            for 2 tags, write a list, `tags: [Santé, Hiver]`
            tags: Santé, Hiver
                  ^
            """])
        let diagnostics = Fixtures.build(Fixtures.withMinimalSite("""
            -- authors/alice/posts/2024-03-02-hiver.md --
            ---
            title: Hiver
            date: 2024-03-02
            tags: Santé, Hiver
            ---
            """)).diagnostics
        #expect(diagnostics.map(\.stableCode) == ["comma-separated-text"])
        for written in ["[Santé, Hiver]", "\"Santé, Hiver\"", "Santé", "Santé,"] {
            #expect(Self.rendered("""
                -- authors/alice/posts/2024-03-02-hiver.md --
                ---
                title: Hiver
                date: 2024-03-02
                tags: \(written)
                ---
                """).isEmpty, "\(written)")
        }
    }

    @Test func aFuturePostIsAWarningAtItsDate() {
        let future = """
            -- authors/alice/posts/2027-06-01-ete.md --
            ---
            title: Été
            date: 2027-06-01
            ---
            Bientôt.
            """
        let result = Fixtures.build(Fixtures.withMinimalSite(future))
        #expect(result.site?.posts.map(\.slug) == ["bonjour"])
        #expect(result.diagnostics.map(\.rendered) == ["""
            authors/alice/posts/2027-06-01-ete.md:3:7: warning: post dated 2027-06-01 is left out until then; \
            `planet build --drafts` shows it now
            date: 2027-06-01
                  ^
            """])
        #expect(result.diagnostics.map(\.stableCode) == ["future-post"])
        // The day is the site's (Europe/Paris): 00:30 on 2 June there is 1 June in UTC.
        let late = future.replacingOccurrences(of: "date: 2027-06-01", with: "date: 2027-06-02 00:30")
        #expect(Fixtures.build(Fixtures.withMinimalSite(late)).diagnostics.map(\.message)
            == ["post dated 2027-06-02 is left out until then; `planet build --drafts` shows it now"])
        #expect(Self.rendered(future, drafts: true).isEmpty)
        #expect(Self.rendered(future.replacingOccurrences(of: "---\nBientôt", with: "draft: true\n---\nBientôt")).isEmpty)
        // Built on the day itself (midnight in Paris), the post is published.
        let (input, loadDiagnostics) = Fixtures.input(Fixtures.withMinimalSite(future))
        let onTheDay = BuildPipeline.run(input, loadDiagnostics: loadDiagnostics, options: .init(now: Date(timeIntervalSince1970: 1_811_800_800)))
        #expect(onTheDay.diagnostics.isEmpty && onTheDay.site?.posts.map(\.slug) == ["ete", "bonjour"])
    }

    @Test func aMarkdownFileBesideThePostsFolderSaysWherePostsGo() {
        let found = Self.rendered("""
            -- authors/alice/mon-billet.md --
            Texte.
            -- authors/alice/2024-05-01-printemps.md --
            Texte.
            """)
        #expect(found == [
            "authors/alice/2024-05-01-printemps.md:1:1: warning: ignored: posts go in authors/alice/posts/; move this file to authors/alice/posts/2024-05-01-printemps.md",
            "authors/alice/mon-billet.md:1:1: warning: ignored: posts go in authors/alice/posts/; move this file to authors/alice/posts/YYYY-MM-DD-mon-billet.md",
        ])
    }

    @Test func ymlFilesAskToBeRenamed() {
        let (_, diagnostics) = Fixtures.input(TextBundle.parse("""
            -- planet.yml --
            title: x
            -- tags.yml --
            x: [/y/]
            -- authors/bob/author.yml --
            name: Bob
            -- authors/alice/author.yaml --
            name: Alice
            -- authors/alice/author.yml --
            name: Alice
            """))
        #expect(diagnostics.map(\.rendered) == [
            "authors/bob/author.yml:1:1: warning: `author.yml` is not read: planet reads `author.yaml`; rename the file",
            "planet.yml:1:1: warning: `planet.yml` is not read: planet reads `planet.yaml`; rename the file",
            "tags.yml:1:1: warning: `tags.yml` is not read: planet reads `tags.yaml`; rename the file",
        ])
        #expect(diagnostics.map(\.stableCode) == ["yml-extension", "yml-extension", "yml-extension"])
        var files = Fixtures.withMinimalSite("")
        files["authors/bob/author.yml"] = Data("name: Bob\n".utf8)
        files["authors/bob/posts/2024-03-02-salut.md"] = Data("---\ntitle: Salut\ndate: 2024-03-02\n---\n".utf8)
        #expect(Fixtures.build(files).diagnostics.map(\.rendered) == [
            "authors/bob/author.yaml:1:1: error: missing author.yaml: the posts of authors/bob/posts/ need a profile with at least `name: ...`",
            "authors/bob/author.yml:1:1: warning: `author.yml` is not read: planet reads `author.yaml`; rename the file",
        ])
    }

    @Test func aBrokenImageOfASingleFilePostSaysToMakeItAFolder() {
        let diagnostics = LinkCheckTests.check("""
            -- authors/alice/posts/2024-03-02-photo.md --
            ---
            title: Photo
            date: 2024-03-02
            ---
            ![Une photo](photo%20du%20jardin.jpg) et [un lien](ailleurs.html).

            <img src="dessin.png" alt="Un dessin">
            """)
        #expect(diagnostics.map(\.rendered) == [
            """
            authors/alice/posts/2024-03-02-photo.md:5:1: error: broken image: `photo%20du%20jardin.jpg` leads to \
            /alice/photo/photo du jardin.jpg, which is no page or file of the site; a post that shows its own images is a folder: \
            move the post to authors/alice/posts/2024-03-02-photo/index.md and put photo du jardin.jpg beside it
            ![Une photo](photo%20du%20jardin.jpg) et [un lien](ailleurs.html).
            ^
            """,
            """
            authors/alice/posts/2024-03-02-photo.md:5:42: error: broken link: `ailleurs.html` leads to /alice/photo/ailleurs.html, \
            which is no page or file of the site
            ![Une photo](photo%20du%20jardin.jpg) et [un lien](ailleurs.html).
                                                     ^
            """,
            """
            authors/alice/posts/2024-03-02-photo.md:7:11: error: broken image: `dessin.png` leads to /alice/photo/dessin.png, \
            which is no page or file of the site; a post that shows its own images is a folder: move the post to \
            authors/alice/posts/2024-03-02-photo/index.md and put dessin.png beside it
            <img src="dessin.png" alt="Un dessin">
                      ^
            """,
        ])
    }

    @Test func aCommentOnAMisspeltPostSuggestsIt() {
        let comment = """
            -- authors/alice/posts/2024-03-02-mon-premier-billet.md --
            ---
            title: Mon premier billet
            date: 2024-03-02
            ---
            -- comments/alice/mon-premier-bilet/2024-03-05-zoe.md --
            ---
            author: Zoé
            date: 2024-03-05
            ---
            Merci !
            """
        let diagnostics = Fixtures.build(Fixtures.withMinimalSite(comment)).diagnostics
        #expect(diagnostics.map(\.rendered) == [
            "comments/alice/mon-premier-bilet/2024-03-05-zoe.md:1:1: error: comment on a post that does not exist: no post "
                + "`mon-premier-bilet` by member `alice`; did you mean `mon-premier-billet`? Then its folder is comments/alice/mon-premier-billet/",
        ])
        #expect(diagnostics.map(\.stableCode) == ["comment-on-missing-post"])
        let wrongMember = comment.replacingOccurrences(of: "comments/alice/mon-premier-bilet/", with: "comments/alise/mon-premier-billet/")
        #expect(Fixtures.build(Fixtures.withMinimalSite(wrongMember)).diagnostics.map(\.message) == [
            "comment on a post that does not exist: no post `mon-premier-billet` by member `alise`; did you mean "
                + "`alice/mon-premier-billet`? Then its folder is comments/alice/mon-premier-billet/",
        ])
        let unlike = comment.replacingOccurrences(of: "comments/alice/mon-premier-bilet/", with: "comments/alice/autre-chose/")
        #expect(Fixtures.build(Fixtures.withMinimalSite(unlike)).diagnostics.map(\.message) == [
            "comment on a post that does not exist: no post `autre-chose` by member `alice`",
        ])
    }

    @Test func sizesAreInBinaryUnits() {
        #expect(ByteCount.text(0) == "0 bytes")
        #expect(ByteCount.text(1) == "1 byte")
        #expect(ByteCount.text(1023) == "1023 bytes")
        #expect(ByteCount.text(1024) == "1 KiB")
        #expect(ByteCount.text(1536) == "1.5 KiB")
        #expect(ByteCount.text(64 * 1024) == "64 KiB")
        #expect(ByteCount.text(4 * 1024 * 1024) == "4 MiB")
        #expect(ByteCount.text(4 * 1024 * 1024 + 1) == "4.0 MiB")
        #expect(ByteCount.text(5 * 1024 * 1024 + 40) == "5.0 MiB")
        #expect(ByteCount.text(5_767_168) == "5.5 MiB")
        #expect(ByteCount.text(3 * 1024 * 1024 * 1024) == "3 GiB")
        var files = Fixtures.withMinimalSite("")
        files["authors/alice/posts/2024-03-02-film/index.md"] = Data("---\ntitle: Film\ndate: 2024-03-02\n---\n".utf8)
        files["authors/alice/posts/2024-03-02-film/notes.txt"] = Data(repeating: UInt8(ascii: "a"), count: 65 * 1024 * 1024)
        #expect(Fixtures.build(files).diagnostics.map(\.rendered) == [
            "authors/alice/posts/2024-03-02-film/notes.txt:1:1: error: file too large: more than 64 MiB; the limit is 64 MiB",
        ])
    }

    /// A 300-scalar line of accented letters: the excerpt keeps 120 of them around the column, a third before it,
    /// marks each cut with `…`, and the caret stays under the column.
    @Test func aLongLineIsCutAroundTheCaret() {
        let line = String(repeating: "é", count: 150) + "ERREUR" + String(repeating: "à", count: 144)
        #expect(line.unicodeScalars.count == 300)
        let at = { (column: Int) in
            Diagnostic.error("x", at: SourceLocation(path: "a.md", line: 2, column: column), excerpt: line).rendered
        }
        #expect(at(151) == "a.md:2:151: error: x\n…" + String(repeating: "é", count: 40) + "ERREUR" + String(repeating: "à", count: 74)
            + "…\n" + String(repeating: " ", count: 41) + "^")
        #expect(at(1) == "a.md:2:1: error: x\n" + String(repeating: "é", count: 120) + "…\n^")
        #expect(at(300) == "a.md:2:300: error: x\n…" + String(line.unicodeScalars.suffix(120))
            + "\n" + String(repeating: " ", count: 120) + "^")
        let fits = String(repeating: "é", count: 120)
        #expect(Diagnostic.error("x", at: SourceLocation(path: "a.md", line: 1, column: 120), excerpt: fits).rendered
            == "a.md:1:120: error: x\n\(fits)\n" + String(repeating: " ", count: 119) + "^")
        let short = Diagnostic.error("x", at: SourceLocation(path: "a.md", line: 1, column: 3), excerpt: "\tab").rendered
        #expect(short == "a.md:1:3: error: x\n\tab\n\t ^")
        // A cut does not separate a letter from its combining accent (`e` + U+0301): it moves one scalar left.
        let decomposed = String(repeating: "e\u{301}", count: 150)
        let cut = Diagnostic.error("x", at: SourceLocation(path: "a.md", line: 1, column: 152), excerpt: decomposed).rendered
        let shown = cut.split(separator: "\n")[1]
        #expect(shown.unicodeScalars.dropFirst().first == "e" && shown.unicodeScalars.last == "…")
        #expect(shown.unicodeScalars.count == 122)
        #expect(cut.split(separator: "\n")[2] == Substring(String(repeating: " ", count: 42) + "^"))
    }

    @Test func theExampleBaseURLIsAPlaceholder() {
        let config = { (line: String) in
            ScaffoldPlaceholders.diagnostics(in: [(path: "planet.yaml", text: "# Réglages\ntitle: Ma Planète\n\(line)\nlanguage: fr\n")]).map(\.rendered)
        }
        #expect(config("base_url: https://example.org") == ["""
            planet.yaml:3:11: warning: `https://example.org` is a placeholder left by planet new site: set `base_url` to the address \
            where the site is published (feeds and links to the site use it)
            base_url: https://example.org
                      ^
            """])
        #expect(config("base_url: \"https://example.org/\"  # à changer").map { $0.split(separator: "\n")[0] } == [
            "planet.yaml:3:12: warning: `https://example.org` is a placeholder left by planet new site: set `base_url` to the address "
                + "where the site is published (feeds and links to the site use it)",
        ])
        #expect(config("base_url: https://planete.example.org").isEmpty)
        #expect(config("base_url: https://example.org/planete").isEmpty)
    }

    @Test func theBuildLineCountsWarningsAndRedirectsApart() {
        let report = WriteReport(written: 3, removed: 0, pages: 14, feeds: 5)
        #expect(BuildSummary.line(
            pages: 12, redirects: 2, feeds: 5, posts: 4, authors: 2, warnings: 2, seconds: 0.5, output: "public", report: report)
            == "Built 12 pages, 2 redirects and 5 feeds from 4 posts by 2 authors in 0.50 s → public/ (3 files changed); no errors, 2 warnings")
        #expect(BuildSummary.line(pages: 12, feeds: 5, posts: 4, authors: 2, seconds: 0.5, output: "public/", report: report)
            == "Built 12 pages and 5 feeds from 4 posts by 2 authors in 0.50 s → public/ (3 files changed)")
        #expect(BuildSummary.upToDate(pages: 1, redirects: 1, feeds: 1, posts: 1, authors: 1, warnings: 1, seconds: 0, output: "p")
            == "Nothing changed: 1 page, 1 redirect and 1 feed from 1 post by 1 author are up to date (checked in 0.00 s) → p/ (0 files changed); no errors, 1 warning")
    }

    /// The whole build, as `planet build` runs it: a future post and a tag list written as text are two warnings,
    /// counted on the build line, which counts the redirect of an alias apart from the pages; a second build says
    /// the same warnings again.
    @Test func theCommandCountsWarnings() throws {
        let folder = try Run.temporaryFolder("planet-warnings")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite("""
            -- authors/alice/posts/2024-03-02-hiver.md --
            ---
            title: Hiver
            date: 2024-03-02
            tags: Santé, Hiver
            aliases: [/2024/hiver/]
            ---
            Texte.
            -- authors/alice/posts/2999-06-01-lointain.md --
            ---
            title: Lointain
            date: 2999-06-01
            ---
            Bientôt.
            """), to: folder)
        for (run, opening) in [(1, "Built "), (2, "Nothing changed: ")] {
            let build = try Run.planet(["build", folder.path])
            #expect(build.status == 0, "\(run): \(build.stderr)")
            let warnings = build.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
            #expect(warnings == [
                "authors/alice/posts/2024-03-02-hiver.md:4:7: warning: `tags` is one text, so this is one tag, `Santé, Hiver`: for 2 tags, write a list, `tags: [Santé, Hiver]`",
                "authors/alice/posts/2999-06-01-lointain.md:3:7: warning: post dated 2999-06-01 is left out until then; `planet build --drafts` shows it now",
            ], "\(run): \(build.stderr)")
            #expect(build.stdout.hasPrefix(opening), "\(build.stdout)")
            #expect(build.stdout.contains(" pages, 1 redirect and "), "\(build.stdout)")
            #expect(build.stdout.hasSuffix("; no errors, 2 warnings\n"), "\(build.stdout)")
        }
    }
}
