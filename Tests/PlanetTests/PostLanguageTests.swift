import Foundation
import PlanetBuild
import Testing

/// A post written in another language than the site's (`lang:`) says so on its title and text, so that screen
/// readers pronounce it and browsers hyphenate it in that language; the page's interface stays in the site's.
@Suite struct PostLanguageTests {
    static let bundle = Fixtures.minimalSite + """
        -- authors/alice/posts/2024-03-02-shifts.md --
        ---
        title: Night shifts
        date: 2024-03-02
        lang: en-GB
        ---
        The nurses were running.
        -- authors/alice/posts/2024-03-03-meme.md --
        ---
        title: Même langue
        date: 2024-03-03
        lang: FR
        ---
        Texte.
        -- authors/alice/posts/2024-03-04-typo.md --
        ---
        title: Typo
        date: 2024-03-04
        lang: "x\\"><b>"
        ---
        Texte.

        """

    func html(_ result: BuildPipeline.Result, _ path: String) -> String {
        guard case .data(let data)? = result.files.first(where: { $0.path == path })?.content else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func aPostInAnotherLanguageMarksItsTitleAndText() {
        let result = Fixtures.build(bundle: Self.bundle)
        let post = html(result, "alice/shifts/index.html")
        #expect(post.contains("<html lang=\"fr\">"))
        #expect(post.contains("<h1 class=\"post__title p-name\" lang=\"en-GB\">Night shifts</h1>"))
        #expect(post.contains("<div class=\"content post__content e-content\" lang=\"en-GB\">"))
        #expect(post.components(separatedBy: "lang=\"en-GB\"").count == 3, "only the title and the text, not the interface")
    }

    @Test func aPostInTheSiteLanguageOrWithAnInvalidTagHasNoAttribute() {
        let result = Fixtures.build(bundle: Self.bundle, keepGoing: true)
        for path in ["alice/bonjour/index.html", "alice/meme/index.html", "alice/typo/index.html"] {
            let post = html(result, path)
            #expect(post.contains("<h1 class=\"post__title p-name\">"), "\(path)")
            #expect(post.contains("<div class=\"content post__content e-content\">"), "\(path)")
        }
    }
}
