import Foundation
import PlanetBuild
import PlanetCore
import PlanetMarkdown
import Testing

/// `planet check`'s link checking, run in memory on fixture sites: every broken link is a located error.
@Suite struct LinkCheckTests {
    static func check(_ extra: String, baseURL: String? = nil) -> [Diagnostic] {
        let (input, diagnostics) = Fixtures.input(Fixtures.withMinimalSite(extra))
        return SiteCheck.run(input, loadDiagnostics: diagnostics, options: .init(build: .init(now: Fixtures.now, baseURL: baseURL))).diagnostics
    }

    static let linkingPost = """
        -- authors/alice/posts/2024-03-02-liens.md --
        ---
        title: Liens
        date: 2024-03-02
        ---
        Voir [bonjour](/alice/bonjour/), [relatif](../bonjour/), [la section](#la-section),
        [le fil](/alice/bonjour/#comment-2024-03-05-zoe), [les tags](/tags/), [le flux](/atom.xml),
        [ailleurs](https://ailleurs.example/x), [courriel](mailto:a@example.org), [soi](https://planete.example.org/authors/)
        et ![une image](photo.svg).

        ## La section

        -- authors/alice/posts/2024-03-02-liens/photo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        -- comments/alice/bonjour/2024-03-05-zoe.md --
        ---
        author: Zoé
        date: 2024-03-05
        ---
        Merci ! Voir [les liens](/alice/liens/#la-section).
        """

    @Test func validLinksPass() {
        let bundle = Self.linkingPost.replacingOccurrences(
            of: "-- authors/alice/posts/2024-03-02-liens.md --", with: "-- authors/alice/posts/2024-03-02-liens/index.md --")
        let diagnostics = Self.check(bundle)
        #expect(diagnostics == [], "\(diagnostics.map(\.rendered))")
    }

    @Test func aTextsLinksToItsFootnotesFollowTheirScope() {
        let diagnostics = Self.check("""
            -- authors/alice/posts/2024-03-02-notes.md --
            ---
            title: Notes
            date: 2024-03-02
            ---
            Une note[^1]; voir [la note](#fn-1), [le retour](#fnref-1) et [l'absente](#fn-9).

            [^1]: La note.
            """)
        #expect(diagnostics.map(\.rendered) == [
            "authors/alice/posts/2024-03-02-notes.md:5:63: error: broken anchor: `#fn-9`: the page /alice/notes/ has no element with id `fn-9`\nUne note[^1]; voir [la note](#fn-1), [le retour](#fnref-1) et [l'absente](#fn-9).\n                                                              ^",
        ])
    }

    @Test func linksToAnAliasLeadToItsPostAndItsAnchors() {
        let diagnostics = Self.check("""
            -- authors/alice/posts/2024-03-02-ancien.md --
            ---
            title: Ancien
            date: 2024-03-02
            aliases: [/2019/ancien.html, /vieux/]
            ---
            ## Une section

            Voir [l'ancien](/2019/ancien.html), [le vieux](/vieux/#une-section) et [l'absent](/vieux/#nulle-part).
            """)
        #expect(diagnostics.map(\.rendered) == [
            "authors/alice/posts/2024-03-02-ancien.md:8:72: error: broken anchor: `/vieux/#nulle-part`: the page /vieux/ has no element with id `nulle-part`\nVoir [l'ancien](/2019/ancien.html), [le vieux](/vieux/#une-section) et [l'absent](/vieux/#nulle-part).\n                                                                       ^",
        ])
    }

    @Test func brokenLinksAndAnchorsAreLocated() {
        let diagnostics = Self.check("""
            -- authors/alice/posts/2024-03-02-casse.md --
            ---
            title: Cassé
            date: 2024-03-02
            ---
            Un [lien mort](/alice/absent/) et une [ancre morte](/alice/bonjour/#nulle-part).

            > Cité : ![image](manque.png)

            <p>En HTML : <a href="/personne/">personne</a></p>
            -- pages/a-propos.md --
            ---
            title: À propos
            ---
            [Soi](#absente) et [un billet](https://planete.example.org/alice/zut/).
            -- comments/alice/bonjour/2024-03-05-zoe.md --
            ---
            author: Zoé
            date: 2024-03-05
            ---
            Voir [ceci](/alice/bonjour/#comment-inconnu).
            """)
        let located = diagnostics.map { "\($0.location.path):\($0.location.line):\($0.location.column) \($0.stableCode)" }
        #expect(located == [
            "authors/alice/posts/2024-03-02-casse.md:5:4 broken-link",
            "authors/alice/posts/2024-03-02-casse.md:5:39 broken-anchor",
            "authors/alice/posts/2024-03-02-casse.md:7:10 broken-link",
            "authors/alice/posts/2024-03-02-casse.md:9:23 broken-link",
            "comments/alice/bonjour/2024-03-05-zoe.md:5:6 broken-anchor",
            "pages/a-propos.md:4:1 broken-anchor",
            "pages/a-propos.md:4:20 broken-link",
        ], "\(diagnostics.map(\.rendered))")
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(diagnostics[0].rendered.hasPrefix(
            "authors/alice/posts/2024-03-02-casse.md:5:4: error: broken link: `/alice/absent/` leads to /alice/absent/, which is no page or file of the site\nUn [lien mort]"))
        #expect(diagnostics[2].message.hasPrefix("broken image: `manque.png` leads to /alice/casse/manque.png"))
    }

    /// A visitor's raw HTML, inline or a block, is shown as text: it holds no link to check.
    @Test func visitorsRawHTMLIsNeverLinkChecked() {
        let diagnostics = Self.check("""
            -- comments/alice/bonjour/2024-03-05-zoe.md --
            ---
            author: Zoé
            date: 2024-03-05
            ---
            <div><a href="/nope/">bloc</a></div>

            Et en ligne : <a href="/nope/">lien</a>.
            """)
        #expect(diagnostics == [], "\(diagnostics.map(\.rendered))")
        #expect(MarkdownLinks.find(in: "<div><a href=\"/nope/\">lien</a></div>\n", trust: .visitor) == [])
        #expect(MarkdownLinks.find(in: "<div><a href=\"/nope/\">lien</a></div>\n", trust: .member).map(\.kind) == [.html])
    }

    @Test func linksMustStayUnderTheBasePath() {
        let diagnostics = Self.check("""
            -- authors/alice/posts/2024-03-02-base.md --
            ---
            title: Base
            date: 2024-03-02
            ---
            [Dedans](/planete/alice/bonjour/), [relatif](../bonjour/) et [dehors](/alice/bonjour/).
            """, baseURL: "https://planete.example.org/planete")
        #expect(diagnostics.map(\.stableCode) == ["link-outside-site"], "\(diagnostics.map(\.rendered))")
        #expect(diagnostics.first?.location.line == 5)
    }

    @Test func contentErrorsAndBrokenLinksAreReportedTogether() {
        let diagnostics = Self.check("""
            -- authors/alice/posts/2024-03-02-sans-date.md --
            ---
            title: Sans date
            ---
            -- authors/alice/posts/2024-03-03-lien.md --
            ---
            title: Lien
            date: 2024-03-03
            ---
            [Mort](/alice/sans-date/)
            """)
        #expect(diagnostics.map(\.stableCode) == ["missing-date", "broken-link"], "\(diagnostics.map(\.rendered))")
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }
}

/// Stable codes derived from messages, for `--format json`.
@Suite struct DiagnosticCodeTests {
    @Test func codesComeFromTheFixedWordsOfTheMessage() {
        let at = SourceLocation(path: "p.md")
        #expect(Diagnostic.error("invalid YAML: did not find expected node", at: at).stableCode == "invalid-yaml")
        #expect(Diagnostic.error("missing `date`: when it was written", at: at).stableCode == "missing-date")
        #expect(Diagnostic.error("duplicate slug `x`: y already has it", at: at).stableCode == "duplicate-slug")
        #expect(Diagnostic.warning("unknown key `titel`, ignored", at: at).stableCode == "unknown-key")
        #expect(Diagnostic.error("empty file", at: at).stableCode == "empty-file")
        #expect(Diagnostic.error("anything", at: at, code: .brokenLink).stableCode == "broken-link")
    }
}
