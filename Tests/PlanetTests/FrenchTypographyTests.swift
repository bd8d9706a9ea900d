import Foundation
import PlanetCore
import PlanetMarkdown
import PlanetXML
import Testing

/// French spacing: `Typography.frenchSpacing` on plain text, and the sanitizer's pass over HTML text.
@Suite struct FrenchSpacingTests {
    @Test func spacesBeforeHighPunctuationAndInsideGuillemets() {
        #expect(Typography.frenchSpacing("Il dit : « oui ! »") == "Il dit\u{A0}: «\u{202F}oui\u{202F}!\u{202F}»")
        #expect(Typography.frenchSpacing("Vraiment ? Oui ; enfin !") == "Vraiment\u{202F}? Oui\u{202F}; enfin\u{202F}!")
        #expect(Typography.frenchSpacing("Quoi ?!") == "Quoi\u{202F}?!")
        #expect(Typography.frenchSpacing("publié sur « Le blog »") == "publié sur «\u{202F}Le blog\u{202F}»")
    }

    @Test func keepsWhatIsAlreadyUnbreakableOrUnspaced() {
        #expect(Typography.frenchSpacing("Il dit\u{A0}: «\u{202F}oui\u{202F}!\u{202F}»") == "Il dit\u{A0}: «\u{202F}oui\u{202F}!\u{202F}»")
        #expect(Typography.frenchSpacing("Il dit\u{202F}: oui") == "Il dit\u{202F}: oui")
        #expect(Typography.frenchSpacing("Voir https://x.example/a?b=c;d et http://x.example") == "Voir https://x.example/a?b=c;d et http://x.example")
        #expect(Typography.frenchSpacing("«oui»") == "«oui»")
        #expect(Typography.frenchSpacing("x !important ou a ?b") == "x !important ou a ?b")
        #expect(Typography.frenchSpacing("<a title=\"a ?\"> : fin") == "<a title=\"a ?\">\u{A0}: fin")
    }

    @Test func readsTheNeighbouringText() {
        func spaced(_ text: String, afterGuillemet: Bool = false, following: String = "") -> String? {
            Typography.frenchSpacing(utf8: Array(text.utf8), precededByGuillemet: afterGuillemet, following: Array(following.utf8))
                .map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(spaced("oui ", following: "! non") == "oui\u{202F}")
        #expect(spaced(" oui", afterGuillemet: true) == "\u{202F}oui")
        #expect(spaced("oui ", following: "!x") == nil)
        #expect(spaced("oui ", following: "» non") == "oui\u{202F}")
        #expect(spaced("oui", following: " !") == nil)
    }

    @Test func recognisesFrench() {
        #expect(Typography.isFrench("fr"))
        #expect(Typography.isFrench("fr-CA"))
        #expect(!Typography.isFrench("en"))
        #expect(!Typography.isFrench("fro"))
    }

    func sanitized(_ html: String, french: Bool = true) -> String {
        HTMLSanitizer.sanitize(html, options: .init(addHeadingIDs: false, frenchSpacing: french))
    }

    @Test func spacesTheTextOfHTML() {
        #expect(sanitized("<p>Il dit : « oui ! »</p>") == "<p>Il dit\u{A0}: «\u{202F}oui\u{202F}!\u{202F}»</p>")
        #expect(sanitized("<p><em>Oui</em> ! et « <strong>non</strong> »</p>")
            == "<p><em>Oui</em>\u{202F}! et «\u{202F}<strong>non</strong>\u{202F}»</p>")
    }

    @Test func leavesCodeAttributesAndURLsAlone() {
        #expect(sanitized("<p>Tapez <code>a ; b ?</code> : voilà</p>") == "<p>Tapez <code>a ; b ?</code>\u{A0}: voilà</p>")
        #expect(sanitized("<pre>x ! y</pre><p><kbd>Ctrl ?</kbd> <samp>a !</samp> <var>n ;</var></p>")
            == "<pre tabindex=\"0\">x ! y</pre><p><kbd>Ctrl ?</kbd> <samp>a !</samp> <var>n ;</var></p>")
        #expect(sanitized("<p><a href=\"https://x.example/?q=a : b\" title=\"a ! b\">lien ?</a></p>")
            == "<p><a href=\"https://x.example/?q=a%20:%20b\" title=\"a ! b\">lien\u{202F}?</a></p>")
        #expect(sanitized("<p>https://x.example/a?b=c;d et http://x.example</p>") == "<p>https://x.example/a?b=c;d et http://x.example</p>")
        #expect(sanitized("<p>&lt;b title=\"x ?\"&gt;</p>") == "<p>&lt;b title=\"x ?\"&gt;</p>")
    }

    /// Emoticons are no punctuation: their space stays ordinary, as `:D`'s always did (issue 28).
    @Test func emoticonsKeepAnOrdinarySpace() {
        let text = "C'est magique :) et drôle :D, triste :( ou complice ;-) voire :P, :/ et :'( enfin"
        #expect(Typography.frenchSpacing(text) == text)
        #expect(Typography.frenchSpacing("Voici : la suite ; et :) puis :Dans") == "Voici\u{A0}: la suite\u{202F}; et :) puis :Dans")
        #expect(sanitized("<p>magique :)</p>") == "<p>magique :)</p>")
    }

    /// A footnote reference after punctuation (cmark-gfm's `<sup class="footnote-ref">`, or a `<sup>` written in HTML) does
    /// not keep the punctuation's space ordinary.
    @Test func spacesPunctuationBeforeAFootnoteReference() {
        #expect(sanitized("<p>Il faut se lancer !<sup>7</sup></p>") == "<p>Il faut se lancer\u{202F}!<sup>7</sup></p>")
        let html = MarkdownRenderer.render("Faut-il se lancer ?[^1]\n\n[^1]: Oui.", trust: .member).html
        #expect(sanitized(html).contains("<p>Faut-il se lancer\u{202F}?<sup class=\"footnote-ref\">"))
        #expect(sanitized("<p>x<sup>2</sup> !</p>") == "<p>x<sup>2</sup>\u{202F}!</p>")
    }

    /// English quotes in French text become guillemets with narrow no-break spaces inside; a quotation inside another keeps
    /// English quotes, as French writes it; a mark without its pair, code and attributes are left as written.
    @Test func quotesBecomeGuillemets() {
        #expect(Typography.frenchSpacing("Il a dit \u{201C}oui\u{201D}.") == "Il a dit «\u{202F}oui\u{202F}».")
        #expect(Typography.frenchSpacing("Le \"vrai\" problème : \"ici\" !") == "Le «\u{202F}vrai\u{202F}» problème\u{A0}: «\u{202F}ici\u{202F}»\u{202F}!")
        #expect(Typography.frenchSpacing("« il a dit \"non\" »") == "«\u{202F}il a dit \u{201C}non\u{201D}\u{202F}»")
        #expect(Typography.frenchSpacing("\u{201C}dehors \u{201C}dedans\u{201D} fin\u{201D}") == "«\u{202F}dehors \u{201C}dedans\u{201D} fin\u{202F}»")
        #expect(Typography.frenchSpacing("un écran de 12\" et un \"oubli") == "un écran de 12\" et un \"oubli")
        #expect(sanitized("<p>Il a dit <em>\"oui\"</em> et <code>\"x\"</code> <a title=\"“a”\">lien</a></p>")
            == "<p>Il a dit <em>«\u{202F}oui\u{202F}»</em> et <code>\"x\"</code> <a title=\"“a”\">lien</a></p>")
        let html = MarkdownRenderer.render("Il a dit \"oui\" à 12:30.", trust: .member).html
        #expect(sanitized(html).hasPrefix("<p>Il a dit «\u{202F}oui\u{202F}» à 12:30.</p>"))
        #expect(sanitized("<p>He said \"yes\"</p>", french: false) == "<p>He said \"yes\"</p>")
    }

    @Test func leavesOtherLanguagesAlone() {
        #expect(sanitized("<p>He said : « yes ! »</p>", french: false) == "<p>He said : « yes ! »</p>")
    }
}

/// French spacing at the render stage: titles, summaries, comments and interface strings of a French
/// site, nothing on an English one.
@Suite struct FrenchSiteSpacingTests {
    static func site(language: String) -> String {
        """
        -- planet.yaml --
        title: "Planète « Test »"
        description: "Tout ici : vraiment ?"
        base_url: https://planete.example.org
        language: \(language)
        -- authors/alice/author.yaml --
        name: Alice Martin
        -- authors/alice/posts/2024-03-01-bonjour.md --
        ---
        title: "Bonjour : enfin !"
        date: 2024-03-01
        ---
        Il dit : « oui ! » et `a ; b` sur <https://x.example/a?b=c;d>.
        -- comments/alice/bonjour/2024-03-02-bob.md --
        ---
        author: Bob
        date: 2024-03-02
        ---
        Vraiment ? <b title="a ?">x</b>
        -- themes/default/i18n/fr.yaml --
        nav_home: "Accueil ?"

        """
    }

    func page(_ language: String, _ path: String) -> String {
        let result = Fixtures.build(bundle: Self.site(language: language))
        guard case .data(let data)? = result.files.first(where: { $0.path == path })?.content else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func frenchPagesHaveUnbreakableSpaces() {
        let post = page("fr-CA", "alice/bonjour/index.html")
        #expect(post.contains("<h1 class=\"post__title p-name\">Bonjour\u{A0}: enfin\u{202F}!</h1>"))
        #expect(post.contains("<p>Il dit\u{A0}: «\u{202F}oui\u{202F}!\u{202F}» et <code>a ; b</code> sur <a href=\"https://x.example/a?b=c;d\">https://x.example/a?b=c;d</a>.</p>"))
        #expect(post.contains("<p>Vraiment\u{202F}? &lt;b title=\"a ?\"&gt;x&lt;/b&gt;</p>"))
        #expect(post.contains("<title>Bonjour\u{A0}: enfin\u{202F}! · Planète «\u{202F}Test\u{202F}»</title>"))
        #expect(post.contains(">Accueil\u{202F}?</a>"), "interface strings too")
        #expect(page("fr-CA", "index.html").contains("Tout ici\u{A0}: vraiment\u{202F}?"))
    }

    @Test func englishPagesAreUnchanged() {
        let post = page("en", "alice/bonjour/index.html")
        #expect(post.contains("<h1 class=\"post__title p-name\">Bonjour : enfin !</h1>"))
        #expect(post.contains("<p>Il dit : « oui ! » et <code>a ; b</code>"))
        #expect(post.contains("<p>Vraiment ? &lt;b title=\"a ?\"&gt;x&lt;/b&gt;</p>"))
        #expect(post.contains("<title>Bonjour : enfin ! · Planète « Test »</title>"))
    }
}
