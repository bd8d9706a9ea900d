import Foundation
import PlanetBuild
import PlanetCore
import Testing

/// A site's own theme files replace the built-in ones file by file, and add languages.
@Suite struct ThemeOverrideTests {
    func html(_ result: PlanetBuild.BuildPipeline.Result, _ path: String) -> String {
        guard case .data(let data)? = result.files.first(where: { $0.path == path })?.content else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func siteFilesOverrideTheBuiltInThemeFileByFile() throws {
        let result = Fixtures.build(Fixtures.withMinimalSite("""
            -- themes/default/templates/partials/footer.mustache --
            <footer><p>Pied de page maison</p></footer>
            -- themes/default/static/css/extra.css --
            body { margin: 0 }
            """))
        #expect(result.succeeded, "\(result.diagnostics.map(\.rendered))")
        let home = html(result, "index.html")
        #expect(home.contains("<footer><p>Pied de page maison</p></footer>"))
        #expect(home.contains("<header class=\"site-header\">"))
        #expect(result.files.contains { $0.path == "css/extra.css" })
        #expect(result.files.contains { $0.path == "css/planet.css" })
    }

    @Test func aLanguageFileAddsALanguage() throws {
        var files = Fixtures.withMinimalSite("""
            -- themes/default/i18n/de.yaml --
            comments_empty: "Noch keine Kommentare: schreiben Sie den ersten."
            nav_home: "Startseite"
            """)
        files["planet.yaml"] = Data("title: Planet\nbase_url: https://planet.example.org\nlanguage: de\n".utf8)
        let result = Fixtures.build(files)
        #expect(result.succeeded, "\(result.diagnostics.map(\.rendered))")
        let post = html(result, "index.html")
        #expect(post.contains("<html lang=\"de\">"))
        #expect(html(result, "alice/bonjour/index.html").contains("<p id=\"comments-title\" class=\"comments__empty\">Noch keine Kommentare: schreiben Sie den ersten.</p>"))
        #expect(post.contains("Startseite"))
        #expect(post.contains("1. März 2024"))
        #expect(post.contains("Skip to content"))
    }

    @Test func anUnknownThemeIsAnError() {
        var files = Fixtures.withMinimalSite("")
        files["planet.yaml"] = Data("title: P\nbase_url: https://p.example.org\ntheme: absent\n".utf8)
        #expect(Fixtures.build(files).diagnostics.map(\.rendered)
            == ["planet.yaml:1:1: error: theme `absent` not found: create themes/absent/ or remove `theme:`"])
    }

    @Test func aBrokenTemplateIsLocated() {
        let result = Fixtures.build(Fixtures.withMinimalSite("""
            -- themes/default/templates/page.mustache --
            <main>
            {{#content_page}}
            </main>
            """))
        #expect(result.diagnostics.map(\.rendered) == [
            "themes/default/templates/page.mustache:2:1: error: invalid template: `content_page` is opened but never closed\n{{#content_page}}\n^",
        ])
    }

    @Test func aPartialThatNoTemplateProvidesIsLocatedAtItsTag() {
        let result = Fixtures.build(Fixtures.withMinimalSite("""
            -- themes/default/templates/page.mustache --
            <main>
              {{>partials/absent}}
            </main>
            """))
        #expect(result.diagnostics.map { "\($0.location.path):\($0.location.line):\($0.location.column)" }
            == ["themes/default/templates/page.mustache:2:3"])
    }

    /// An override that compiles but fails on the values (a list shown as text) fails the build, located at
    /// the tag, once however many pages it fails on; no page is silently empty.
    @Test func aTemplateThatFailsWhileRenderingIsLocatedOnce() {
        let result = Fixtures.build(Fixtures.withMinimalSite("""
            -- authors/alice/posts/2024-03-02-encore.md --
            ---
            title: Encore
            date: 2024-03-02
            ---
            Second billet.
            -- themes/default/templates/post.mustache --
            {{#post}}
              <p>{{tags}}</p>
            {{/post}}
            """))
        #expect(!result.succeeded)
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.map(\.rendered) == [
            "themes/default/templates/post.mustache:2:6: error: cannot render a page: `tags` is a list, which has no text: "
                + "show its items in a section, `{{#tags}}...{{/tags}}`\n  <p>{{tags}}</p>\n     ^",
        ])
    }

    @Test func aFailingPostItemPartialIsLocated() {
        let result = Fixtures.build(Fixtures.withMinimalSite("""
            -- themes/default/templates/partials/post-item.mustache --
            <article>{{t}}</article>
            """))
        #expect(result.diagnostics.map { "\($0.location.path):\($0.location.line):\($0.location.column): \($0.message)" } == [
            "themes/default/templates/partials/post-item.mustache:1:10: cannot render a page: "
                + "`t` is an object, which has no text: show its fields, `{{t.field}}`",
        ])
    }

    /// Through the writer: the build fails with the same diagnostic and publishes nothing.
    @Test func theWriterPublishesNothingWhenAPageFails() throws {
        let folder = try Run.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try Run.write(Fixtures.withMinimalSite("""
            -- themes/default/templates/home.mustache --
            {{posts}}
            """), to: site)
        let output = folder.appendingPathComponent("public")
        let outcome = try SiteBuild.run(folder: site.path, output: output.path, options: .init(now: Fixtures.now))
        guard case .failed(let diagnostics) = outcome else {
            Issue.record("expected a failed build, got \(outcome)")
            return
        }
        #expect(diagnostics.map { "\($0.location.path):\($0.location.line):\($0.location.column)" }
            == ["themes/default/templates/home.mustache:1:1"])
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
