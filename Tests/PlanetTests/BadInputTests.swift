import Foundation
import PlanetBuild
import PlanetCore
import Testing

/// Each broken input gives one located diagnostic, and the build fails (exit status 1 in the CLI).
@Suite struct BadInputTests {
    /// Builds the minimal site plus `extra` files and returns its error diagnostics as `path:line:col: message`.
    func errors(_ extra: [String: Data]) -> [String] {
        var files = TextBundle.parse(Fixtures.minimalSite)
        files.merge(extra) { $1 }
        let result = Fixtures.build(files)
        #expect(!result.succeeded)
        return result.diagnostics.filter { $0.severity == .error }.map {
            "\($0.location.path):\($0.location.line):\($0.location.column): \($0.message)"
        }
    }

    func errors(_ bundle: String) -> [String] {
        errors(TextBundle.parse(bundle))
    }

    @Test func malformedYAMLGivesItsLine() {
        let found = errors("""
            -- authors/alice/posts/2024-03-02-yaml.md --
            ---
            title: Bon
            tags: [a, b
            date: 2024-03-02
            ---
            Texte.
            """)
        #expect(found == [
            "authors/alice/posts/2024-03-02-yaml.md:3:7: invalid YAML: this list is never closed: add the closing `]` (the YAML reader gave up at line 4, column 5)",
        ])
    }

    /// What was opened and never closed is reported where it opens, with where the YAML reader gave up.
    @Test func unclosedYAMLIsReportedWhereItStarts() {
        var files = TextBundle.parse(Fixtures.minimalSite)
        files.merge(TextBundle.parse("""
            -- authors/alice/author.yaml --
            name: "Alice
            ---
            bio: x
            -- authors/alice/posts/2024-03-02-a.md --
            ---
            title: "Bon
            date: 2024-03-02
            ---
            Texte.
            -- authors/alice/posts/2024-03-03-b.md --
            ---
            title: 'Bon
            ---
            -- authors/alice/posts/2024-03-04-c.md --
            ---
            title: Bon
            tags: {a: b
            ---
            -- authors/alice/posts/2024-03-05-d.md --
            ---
            title: Bon
            date
            ---
            -- authors/alice/posts/2024-03-06-e.md --
            ---
            tags:
              - a
              b
            date: 2024-03-06
            ---
            -- authors/alice/posts/2024-03-07-f.md --
            ---
            title: "Bon \\q"
            ---
            """)) { $1 }
        #expect(Fixtures.build(files).diagnostics.filter { $0.severity == .error }.map(\.rendered) == [
            "authors/alice/author.yaml:1:7: error: invalid YAML: this quoted value is never closed: add the closing `\"` (the `---` at line 2 ends the document first)\nname: \"Alice\n      ^",
            "authors/alice/posts/2024-03-02-a.md:2:8: error: invalid YAML: this quoted value is never closed: add the closing `\"` (the front matter ends at line 4)\ntitle: \"Bon\n       ^",
            "authors/alice/posts/2024-03-03-b.md:2:8: error: invalid YAML: this quoted value is never closed: add the closing `'` (the front matter ends at line 3)\ntitle: 'Bon\n       ^",
            "authors/alice/posts/2024-03-04-c.md:3:7: error: invalid YAML: this mapping is never closed: add the closing `}` (the front matter ends at line 4)\ntags: {a: b\n      ^",
            "authors/alice/posts/2024-03-05-d.md:3:1: error: invalid YAML: this line is neither `key: value` nor a list item `- value` (the front matter ends at line 4)\ndate\n^",
            "authors/alice/posts/2024-03-06-e.md:4:3: error: invalid YAML: this line is neither `key: value` nor a list item `- value` (the YAML reader gave up at line 5, column 1)\n  b\n  ^",
            "authors/alice/posts/2024-03-07-f.md:2:13: error: invalid YAML: found unknown escape character while parsing a quoted scalar\ntitle: \"Bon \\q\"\n            ^",
        ])
    }

    @Test func unclosedQuoteInPlanetYAMLSaysWhereTheFileEnds() {
        let result = Fixtures.build(bundle: """
            -- planet.yaml --
            title: Planète
            base_url: https://planete.example.org
            timezone: "Europe/Paris

            """)
        #expect(result.diagnostics.map(\.rendered) == [
            "planet.yaml:3:11: error: invalid YAML: this quoted value is never closed: add the closing `\"` (the file ends at line 3)\ntimezone: \"Europe/Paris\n          ^",
        ])
    }

    /// The warnings of the minimal site plus `bundle`, rendered with their line and caret.
    func warnings(_ bundle: String) -> [String] {
        var files = TextBundle.parse(Fixtures.minimalSite)
        files.merge(TextBundle.parse(bundle)) { $1 }
        return Fixtures.build(files).diagnostics.filter { $0.severity == .warning }.map(\.rendered)
    }

    @Test func unknownKeysSuggestTheKnownKeyMeant() {
        #expect(warnings("""
            -- planet.yaml --
            title: Planète Test
            base_url: https://planete.example.org
            languge: fr
            -- authors/alice/author.yaml --
            name: Alice Martin
            websit: https://alice.example.org
            -- authors/alice/posts/2024-03-02-typo.md --
            ---
            titel: Bon
            title: Bon
            date: 2024-03-02
            couleur: bleu
            ---
            Texte.
            -- pages/a-propos.md --
            ---
            title: À propos
            wieght: 2
            ---
            Texte.
            -- comments/alice/bonjour/2024-03-03T10-00-00-julie.md --
            ---
            author: Julie
            date: 2024-03-03
            reply_too: 2024-03-02T10-00-00-paul
            ---
            Merci.
            """) == [
            "authors/alice/author.yaml:2:1: warning: unknown key `websit`, ignored; did you mean `website`?\nwebsit: https://alice.example.org\n^",
            "authors/alice/posts/2024-03-02-typo.md:2:1: warning: unknown key `titel`, ignored; did you mean `title`?\ntitel: Bon\n^",
            "authors/alice/posts/2024-03-02-typo.md:5:1: warning: unknown key `couleur`, ignored\ncouleur: bleu\n^",
            "comments/alice/bonjour/2024-03-03T10-00-00-julie.md:4:1: warning: unknown key `reply_too`, ignored; did you mean `reply_to`?\nreply_too: 2024-03-02T10-00-00-paul\n^",
            "pages/a-propos.md:3:1: warning: unknown key `wieght`, ignored; did you mean `weight`?\nwieght: 2\n^",
            "planet.yaml:3:1: warning: unknown key `languge`, ignored; did you mean `language`?\nlanguge: fr\n^",
        ])
    }

    @Test func aHeadingIDUsedTwiceOrTakenByFootnotesIsAnError() {
        #expect(errors("""
            -- authors/alice/posts/2024-03-02-ids.md --
            ---
            title: Ids
            date: 2024-03-02
            ---
            ## Préliminaire {#preliminary}

            Texte.

            > ## Encore {#preliminary}

            ## Commentaires {#comments}

            ## Notes {#fn-1}
            -- pages/a-propos.md --
            ---
            title: À propos
            ---
            # Un {#un}
            # Deux {#un}
            """) == [
            "authors/alice/posts/2024-03-02-ids.md:9:3: the heading id `preliminary` is used twice: a heading at line 5 has it already",
            "authors/alice/posts/2024-03-02-ids.md:13:1: the heading id `fn-1` is one of footnotes: choose another",
            "pages/a-propos.md:5:1: the heading id `un` is used twice: a heading at line 4 has it already",
        ])
    }

    @Test func aliasesAreCheckedWhereTheyAreWritten() {
        #expect(errors("""
            -- authors/alice/posts/2024-03-02-invalides.md --
            ---
            title: Invalides
            date: 2024-03-02
            aliases:
              - sans-barre
              - /a/../etc/
              - /a b/
              - /a%2Fb/
              - /a//b/
            ---
            Texte.
            -- authors/alice/posts/2024-03-03-vieux.md --
            ---
            title: Vieux
            date: 2024-03-03
            aliases:
              - /ok/
              - /a-propos/
              - /alice/bonjour/
              - /tags/x/
              - /ok
              - /alice/page/2/
            ---
            Texte.
            -- pages/a-propos.md --
            ---
            title: À propos
            aliases: [/ok.html, /alice/bonjour/comments.xml]
            ---
            Texte.
            """) == [
            "authors/alice/posts/2024-03-02-invalides.md:5:5: invalid alias `sans-barre`: an alias is a path of the site, starting with `/`",
            "authors/alice/posts/2024-03-02-invalides.md:6:5: invalid alias `/a/../etc/`: an alias may not hold `..`, `.` or an empty segment (`//`), nor be `/` itself",
            "authors/alice/posts/2024-03-02-invalides.md:7:5: invalid alias `/a b/`: an alias may hold only letters, digits and `-._~/+` (percent-encoded or not)",
            "authors/alice/posts/2024-03-02-invalides.md:8:5: invalid alias `/a%2Fb/`: an alias's percent-encoding must be valid UTF-8, and encode neither `/` nor `\\`",
            "authors/alice/posts/2024-03-02-invalides.md:9:5: invalid alias `/a//b/`: an alias may not hold `..`, `.` or an empty segment (`//`), nor be `/` itself",
            "authors/alice/posts/2024-03-03-vieux.md:6:5: the alias `/a-propos/` would take the place of the page /a-propos/",
            "authors/alice/posts/2024-03-03-vieux.md:7:5: the alias `/alice/bonjour/` would take the place of the post /alice/bonjour/",
            "authors/alice/posts/2024-03-03-vieux.md:8:5: the alias `/tags/x/` would take the place of the site's own `/tags/`",
            "authors/alice/posts/2024-03-03-vieux.md:9:5: the alias `/ok` would take the place of the alias `/ok/` of authors/alice/posts/2024-03-03-vieux.md",
            "authors/alice/posts/2024-03-03-vieux.md:10:5: the alias `/alice/page/2/` would take the place of the pages of the member `alice`",
            "pages/a-propos.md:3:21: the alias `/alice/bonjour/comments.xml` would take the place of the post /alice/bonjour/",
        ])
    }

    @Test func tagAliasesAreCheckedLikeAliases() {
        #expect(errors("""
            -- authors/alice/posts/2024-03-02-sante.md --
            ---
            title: Santé
            date: 2024-03-02
            tags: [Santé]
            ---
            Texte.
            -- tags.yaml --
            santé: [/category/sante/, /alice/bonjour/]
            Inconnu:
              - /tag/inconnu/
              - /a b/
            """) == [
            "tags.yaml:1:27: the alias `/alice/bonjour/` would take the place of the post /alice/bonjour/",
            "tags.yaml:3:5: no published post has the tag `Inconnu`, so the alias `/tag/inconnu/` leads nowhere",
            "tags.yaml:4:5: invalid alias `/a b/`: an alias may hold only letters, digits and `-._~/+` (percent-encoded or not)",
        ])
    }

    @Test func aTagAliasRedirectsToTheTagPage() throws {
        let result = Fixtures.build(Fixtures.withMinimalSite("""
            -- authors/alice/posts/2024-03-02-sante.md --
            ---
            title: Santé
            date: 2024-03-02
            tags: [Santé]
            ---
            Texte.
            -- tags.yaml --
            SANTÉ: [/category/sante/]
            """))
        #expect(result.succeeded)
        let page = try #require(result.files.first { $0.path == "category/sante/index.html" })
        guard case .data(let data) = page.content else { Issue.record("not rendered"); return }
        #expect(String(decoding: data, as: UTF8.self).contains("url=https://planete.example.org/tags/sante/"))
    }

    @Test func anAliasOutsideTheBasePathIsAnError() {
        #expect(errors("""
            -- planet.yaml --
            title: Planète Test
            base_url: https://example.org/planete
            -- authors/alice/posts/2024-03-02-vieux.md --
            ---
            title: Vieux
            date: 2024-03-02
            aliases: [/planete/vieux/, /vieux/]
            ---
            Texte.
            """) == [
            "authors/alice/posts/2024-03-02-vieux.md:4:28: the alias `/vieux/` is outside the site, whose addresses start with `/planete/`",
        ])
    }

    @Test func missingTitle() {
        #expect(errors("""
            -- authors/alice/posts/2024-03-02-sans-titre.md --
            ---
            date: 2024-03-02
            ---
            Texte.
            """) == ["authors/alice/posts/2024-03-02-sans-titre.md:2:1: missing `title`: the post's title"])
    }

    @Test func impossibleDate() {
        #expect(errors("""
            -- authors/alice/posts/2024-02-30-date.md --
            ---
            title: Date
            date: 2023-02-29
            ---
            Texte.
            """) == ["authors/alice/posts/2024-02-30-date.md:3:7: invalid date `2023-02-29`: day 29 does not exist: month 2 of 2023 has 28 days"])
    }

    @Test func invalidUTF8() {
        let bytes = Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\ndate: 2024-03-02\n---\n".utf8)
        #expect(errors(["authors/alice/posts/2024-03-02-latin1.md": bytes])
            == ["authors/alice/posts/2024-03-02-latin1.md:2:11: invalid UTF-8: byte 0xE9 cannot start or continue a character; save the file as UTF-8"])
    }

    @Test func emptyFile() {
        #expect(errors(["authors/alice/posts/2024-03-02-vide.md": Data()]) == ["authors/alice/posts/2024-03-02-vide.md:1:1: empty file"])
    }

    @Test func binaryFile() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        #expect(errors(["authors/alice/posts/2024-03-02-image.md": png])
            == ["authors/alice/posts/2024-03-02-image.md:3:1: binary file: it contains a NUL byte; posts, comments and settings are UTF-8 text"])
    }

    @Test func duplicateSlugForOneAuthor() {
        #expect(errors("""
            -- authors/alice/posts/2024-03-05-bonjour.md --
            ---
            title: Encore bonjour
            date: 2024-03-05
            ---
            Texte.
            """) == ["authors/alice/posts/2024-03-05-bonjour.md:1:1: duplicate slug `bonjour`: authors/alice/posts/2024-03-01-bonjour.md already has it; set another with `slug: ...`"])
    }

    @Test func postsFolderWithoutAuthorFile() {
        #expect(errors("""
            -- authors/carol/posts/2024-03-02-x.md --
            ---
            title: X
            date: 2024-03-02
            ---
            Texte.
            """) == ["authors/carol/author.yaml:1:1: missing author.yaml: the posts of authors/carol/posts/ need a profile with at least `name: ...`"])
    }

    @Test func reservedAuthorID() {
        #expect(errors("""
            -- authors/tags/author.yaml --
            name: Tags
            """) == ["authors/tags/author.yaml:1:1: member id `tags` is reserved: /tags/ is one of the site's own addresses; rename the folder authors/tags/"])
    }

    @Test func slugWithParentFolder() {
        #expect(errors("""
            -- authors/alice/posts/2024-03-02-evasion.md --
            ---
            title: Évasion
            date: 2024-03-02
            slug: ../../etc
            ---
            Texte.
            """) == ["authors/alice/posts/2024-03-02-evasion.md:4:7: invalid slug `../../etc`: a slug is one URL segment, without `/`, `\\` or `..`"])
    }

    @Test func configErrorsStopTheBuild() {
        let result = Fixtures.build(bundle: """
            -- planet.yaml --
            title: Sans adresse
            timezone: Europe/Lutece
            """)
        #expect(result.diagnostics.map(\.rendered) == [
            "planet.yaml:1:1: error: missing `base_url`: the absolute URL where the site is published, such as https://example.org\ntitle: Sans adresse\n^",
            "planet.yaml:2:11: error: unknown time zone `Europe/Lutece`: use an IANA name such as Europe/Paris\ntimezone: Europe/Lutece\n          ^",
        ])
    }

    @Test func everyErrorIsReportedAtOnceAndSorted() {
        let found = errors("""
            -- authors/alice/posts/2024-03-03-b.md --
            ---
            date: 2024-03-03
            ---
            -- authors/alice/posts/2024-03-02-a.md --
            ---
            title: A
            ---
            """)
        #expect(found == [
            "authors/alice/posts/2024-03-02-a.md:2:1: missing `date`: when it was written, such as `2012-10-03` or `2012-10-03 09:15`",
            "authors/alice/posts/2024-03-03-b.md:2:1: missing `title`: the post's title",
        ])
    }

    @Test func keepGoingBuildsTheRestWithWarnings() throws {
        var files = TextBundle.parse(Fixtures.minimalSite)
        files["authors/alice/posts/2024-03-02-vide.md"] = Data()
        let result = Fixtures.build(files, keepGoing: true)
        #expect(result.site?.posts.map(\.slug) == ["bonjour"])
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.files.contains { $0.path == "alice/bonjour/index.html" })
    }

    @Test func hugeFileIsRefused() {
        let huge = Data("---\ntitle: Énorme\ndate: 2024-03-02\n---\n".utf8) + Data(repeating: UInt8(ascii: "a"), count: 5 * 1024 * 1024)
        #expect(errors(["authors/alice/posts/2024-03-02-enorme.md": huge])
            == ["authors/alice/posts/2024-03-02-enorme.md:1:1: file too large: 5.0 MiB; the limit is 4 MiB"])
    }

    @Test func yamlAliasBombIsRefusedQuickly() {
        var lines = ["---", "title: Rires", "date: 2024-03-02", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<10 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        lines += ["tags: *a9", "---", "x"]
        #expect(errors(["authors/alice/posts/2024-03-02-rires.md": Data(lines.joined(separator: "\n").utf8)])
            == ["authors/alice/posts/2024-03-02-rires.md:2:1: YAML too large: more than 10000 values"])
    }

    @Test func aHundredThousandTagsAreRefused() {
        let tags = (0..<100_000).map { "t\($0)" }.joined(separator: ", ")
        #expect(errors(["authors/alice/posts/2024-03-02-tags.md": Data("---\ntitle: Tags\ndate: 2024-03-02\ntags: [\(tags)]\n---\nx\n".utf8)])
            == ["authors/alice/posts/2024-03-02-tags.md:2:1: YAML too large: more than 10000 values"])
    }

    @Test func deepNestingBuilds() {
        var files = TextBundle.parse(Fixtures.minimalSite)
        let body = String(repeating: ">", count: 20_000) + " profond\n\n" + String(repeating: "<div>", count: 20_000) + "x"
            + String(repeating: "</div>", count: 20_000) + "\n\n" + String(repeating: "- ", count: 5_000) + "x\n"
        files["authors/alice/posts/2024-03-02-profond.md"] = Data("---\ntitle: Profond\ndate: 2024-03-02\n---\n\(body)".utf8)
        let result = Fixtures.build(files)
        #expect(result.succeeded, "\(result.diagnostics.map(\.rendered))")
    }

    @Test func scriptedSVGAvatarIsSanitized() throws {
        var files = TextBundle.parse(Fixtures.minimalSite)
        files["authors/alice/author.yaml"] = Data("name: Alice\navatar: avatar.svg\n".utf8)
        files["authors/alice/avatar.svg"] = Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8)
        let published = Fixtures.build(files)
        #expect(published.diagnostics.map(\.rendered) == ["authors/alice/avatar.svg:1:1: warning: SVG sanitized: removed <script>"])
        let avatar = try #require(published.files.first { $0.path == "alice/avatar.svg" })
        #expect(avatar.content == .data(Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n".utf8)))
        #expect(published.site?.author("alice")?.avatarFile == "avatar.svg")
    }

    @Test func activeAvatarIsRefused() throws {
        var files = TextBundle.parse(Fixtures.minimalSite)
        files["authors/alice/author.yaml"] = Data("name: Alice\navatar: avatar.png\n".utf8)
        files["authors/alice/avatar.png"] = Data("<html><script>alert(1)</script></html>".utf8)
        #expect(errors(files) == ["authors/alice/avatar.png:1:1: not an image planet knows (PNG, JPEG, GIF, WebP, AVIF or HEIC), whatever its name says"])
        let published = Fixtures.build(files, keepGoing: true)
        #expect(!published.files.contains { $0.path == "alice/avatar.png" })
        #expect(published.site?.author("alice")?.avatarFile == nil)
    }
}
