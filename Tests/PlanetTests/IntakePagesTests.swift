import Foundation
import PlanetBuild
import PlanetCore
import PlanetRender
import Testing

/// The intake's answer pages in the site's own layout, language and form: every URL absolute to `base_url`, the
/// CSP letting the site's stylesheet load, the reader's text given back escaped, the problems, the quoted comment.
@Suite struct IntakePagesTests {
    static let french = """
        -- planet.yaml --
        title: Planète Test
        base_url: https://planete.example.org
        language: fr
        timezone: Europe/Paris
        comments:
          intake: https://commentaires.example.org
          question: "Combien de jours compte une semaine ?"
          answer: [7, sept]
        -- authors/alice/author.yaml --
        name: Alice Martin
        -- authors/alice/posts/2024-03-01-bonjour.md --
        ---
        title: Bonjour !
        date: 2024-03-01
        ---
        Premier billet.
        -- comments/alice/bonjour/2024-03-02T10-00-00-bob.md --
        ---
        author: Bob <b>
        date: 2024-03-02T10:00:00Z
        ---
        Salut, voir [l’autre billet](/alice/bonjour/#comments) !
        -- comments/alice/bonjour/2024-03-03T10-00-00-eve.md --
        ---
        author: Ève
        date: 2024-03-03T10:00:00Z
        reply_to: 2024-03-02T10-00-00-bob
        ---
        D’accord.
        """

    static let english = """
        -- planet.yaml --
        title: The Blog
        base_url: https://h.example/blog
        language: en
        comments:
          intake: https://h.example/intake
        -- authors/alice/author.yaml --
        name: Alice Martin
        -- authors/alice/posts/2024-03-01-hello.md --
        ---
        title: Hello
        date: 2024-03-01
        ---
        First post.
        -- comments/alice/hello/2024-03-02T10-00-00-bob.md --
        ---
        author: Bob
        date: 2024-03-02T10:00:00Z
        ---
        See [this](../other/).
        """

    static func pages(_ bundle: String) throws -> IntakePages {
        let (input, diagnostics) = Fixtures.input(TextBundle.parse(bundle))
        let plan = BuildPipeline.plan(input, loadDiagnostics: diagnostics, options: .init(now: Fixtures.now))
        let (pages, errors) = BuildPipeline.intakePages(input, site: try #require(plan.site))
        #expect(errors.map(\.rendered) == [])
        return try #require(pages)
    }

    static func html(_ pages: IntakePages, _ page: IntakePage) -> String {
        String(decoding: pages.render(page), as: UTF8.self)
    }

    static let hostile = "</textarea><script>alert('x')</script> & \"ok\"\nligne 2"

    @Test func aFrenchPageGivesTheFormBackInTheSitesLayout() throws {
        let pages = try Self.pages(Self.french)
        let html = Self.html(pages, IntakePage(
            kind: .notSent, post: "alice/bonjour", problems: ["Votre nom est trop long : 80 caractères au plus.", "La réponse n’est pas la bonne."],
            draft: CommentDraft(name: "Zoé \"Z\" <z>", website: "https://z.example/?a=1&b=2", message: Self.hostile, answer: "huit",
                                replyTo: "2024-03-02T10-00-00-bob")))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">\n"))
        #expect(html.contains("""
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; \
            form-action 'self' https://planete.example.org https://commentaires.example.org; img-src 'self' data: https://planete.example.org; \
            style-src 'self' https://planete.example.org; font-src 'self' https://planete.example.org">
            """))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">\n<title>Votre commentaire n’est pas encore parti · Planète Test</title>"))
        #expect(html.contains("<link rel=\"icon\" href=\"https://planete.example.org/favicon.svg\" type=\"image/svg+xml\">"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"https://planete.example.org/css/planet.css\">"))
        #expect(html.contains("<li><a href=\"https://planete.example.org/authors/\">Membres</a></li>"))
        #expect(html.contains("<a class=\"feed-link\" href=\"https://planete.example.org/atom.xml\">"))
        #expect(html.contains("""
            <h1 class="page-title">Votre commentaire n’est pas encore parti</h1>
            <p class="intake__intro">Rien n’est perdu\u{A0}: votre texte est ci-dessous. Corrigez ce qui est signalé, puis envoyez-le à nouveau.</p>
            <form class="comment-form" method="post" action="https://commentaires.example.org/comments" accept-charset="utf-8" aria-labelledby="comment-form-title">
            <div class="comment-form__problems" role="alert">
            <ul>
            <li>Votre nom est trop long\u{A0}: 80 caractères au plus.</li>
            <li>La réponse n’est pas la bonne.</li>
            </ul>
            </div>
            <h2 id="comment-form-title" class="comment-form__title">Laisser un commentaire</h2>
            """))
        #expect(html.contains("<input type=\"hidden\" name=\"post\" value=\"alice/bonjour\">"))
        #expect(html.contains("autocomplete=\"name\" aria-describedby=\"comment-name-hint\" value=\"Zoé &quot;Z&quot; &lt;z&gt;\">"))
        #expect(html.contains("aria-describedby=\"comment-website-hint\" value=\"https://z.example/?a=1&amp;b=2\">"))
        #expect(html.contains("""
            <option value="">Au billet (nouvelle discussion)</option>
            <option value="2024-03-02T10-00-00-bob" selected>Bob &lt;b&gt;, 2 mars 2024 à 11:00</option>
            <option value="2024-03-03T10-00-00-eve">Ève, 3 mars 2024 à 11:00</option>
            </select>
            """))
        #expect(html.contains("""
            aria-describedby="comment-message-hint">
            &lt;/textarea&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;ok&quot;
            ligne 2</textarea>
            """))
        #expect(html.contains("<label for=\"comment-answer\">Combien de jours compte une semaine\u{202F}?</label>"))
        #expect(html.contains("aria-describedby=\"comment-answer-hint\" value=\"huit\">"))
        #expect(html.contains("<input id=\"comment-trap\" name=\"planet_trap\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\">"))
        #expect(html.contains("<p class=\"intake__back\"><a href=\"https://planete.example.org/alice/bonjour/\">Revenir au billet «\u{202F}Bonjour\u{202F}!\u{202F}»</a></p>"))
        #expect(!html.contains("comment-received"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("href=\"/"), "no root-relative link: the page is served from the intake's origin")
        #expect(!html.contains("src=\"/"))
    }

    @Test func theReplyPageQuotesTheCommentWithAbsoluteLinks() throws {
        let pages = try Self.pages(Self.french)
        let html = Self.html(pages, IntakePage(
            kind: .reply, post: "alice/bonjour", draft: CommentDraft(replyTo: "2024-03-02T10-00-00-bob"), replyingTo: "2024-03-02T10-00-00-bob"))
        #expect(html.contains("""
            <h1 class="page-title">Répondre à un commentaire</h1>
            <p class="intake__intro">Votre réponse paraîtra sous ce commentaire, une fois lue par l’équipe de modération.</p>
            <figure class="intake__quote">
            <blockquote class="content intake__quote-content">
            <p>Salut, voir <a href="https://planete.example.org/alice/bonjour/#comments" rel="nofollow ugc noopener">l’autre billet</a>\u{202F}!</p>

            </blockquote>
            <figcaption class="intake__quote-caption">Bob &lt;b&gt;, <a href="https://planete.example.org/alice/bonjour/#comment-2024-03-02T10-00-00-bob">\
            <time datetime="2024-03-02T10:00:00Z">2 mars 2024 à 11:00</time></a></figcaption>
            </figure>
            <form class="comment-form"
            """))
        #expect(!html.contains("role=\"alert\""), "no problems, no alert")
        #expect(html.contains("<option value=\"2024-03-02T10-00-00-bob\" selected>"))
        #expect(html.contains("aria-describedby=\"comment-name-hint\">"), "an empty name has no value attribute")
    }

    @Test func aRefusalWithoutFormLinksBackToTheSite() throws {
        let pages = try Self.pages(Self.french)
        let html = Self.html(pages, IntakePage(kind: .refused, post: "alice/inconnu", problems: ["Ce billet n’existe pas."]))
        #expect(html.contains("""
            <h1 class="page-title">Commentaire refusé</h1>
            <div class="intake__problems" role="alert">
            <ul>
            <li>Ce billet n’existe pas.</li>
            </ul>
            </div>
            <p class="intake__back"><a href="https://planete.example.org/">Revenir au site</a></p>
            """))
        #expect(!html.contains("<form"))
        #expect(!html.contains("intake__intro"))
    }

    @Test func aRefusalOnAnUnknownPostStillGivesTheTextBack() throws {
        let pages = try Self.pages(Self.french)
        let html = Self.html(pages, IntakePage(
            kind: .refused, post: "alice/inconnu", problems: ["Ce billet n’existe pas."],
            draft: CommentDraft(name: "Zoé", message: "Mon texte", replyTo: "x")))
        #expect(html.contains("<p class=\"intake__intro\">Votre texte est ci-dessous\u{A0}: rien n’est perdu, gardez-en une copie si vous voulez le réutiliser.</p>"))
        #expect(html.contains("<input type=\"hidden\" name=\"post\" value=\"alice/inconnu\">"))
        #expect(html.contains("<input type=\"hidden\" name=\"reply_to\" value=\"x\">"))
        #expect(html.contains("aria-describedby=\"comment-message-hint\">\nMon texte</textarea>"))
        #expect(html.contains("<p class=\"intake__back\"><a href=\"https://planete.example.org/\">Revenir au site</a></p>"))
    }

    @Test func anEnglishPageUnderAPathIsAbsoluteToBaseURL() throws {
        let pages = try Self.pages(Self.english)
        let html = Self.html(pages, IntakePage(
            kind: .notSent, post: "alice/hello", problems: ["Your message is empty."], draft: CommentDraft(name: "Zoe"),
            replyingTo: "2024-03-02T10-00-00-bob"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(html.contains("form-action 'self' https://h.example; img-src 'self' data: https://h.example; style-src 'self' https://h.example; font-src 'self' https://h.example\">"),
                "the intake shares base_url's origin: named once")
        #expect(html.contains("<link rel=\"stylesheet\" href=\"https://h.example/blog/css/planet.css\">"))
        #expect(html.contains("<a class=\"site-title\" href=\"https://h.example/blog/\"><img class=\"site-title__logo\" src=\"https://h.example/blog/favicon.svg\""))
        #expect(html.contains("<h1 class=\"page-title\">Your comment has not been sent yet</h1>"))
        #expect(html.contains("<li>Your message is empty.</li>"))
        #expect(html.contains("<p>See <a href=\"https://h.example/blog/alice/other/\" rel=\"nofollow ugc noopener\">this</a>.</p>"), "a relative link in the quote, resolved")
        #expect(html.contains("<option value=\"2024-03-02T10-00-00-bob\">Bob, March 2, 2024 at 10:00\u{202F}AM</option>"))
        #expect(html.contains("<p class=\"intake__back\"><a href=\"https://h.example/blog/alice/hello/\">Back to the post “Hello”</a></p>"))
        #expect(html.contains("action=\"https://h.example/intake/comments\""))
    }

    /// The post's form and the intake page's come from the one partial: with nothing typed and nothing to fix,
    /// they differ by their heading's level only.
    @Test func thePostsFormAndTheIntakesAreTheSame() throws {
        let pages = try Self.pages(Self.french)
        let result = Fixtures.build(bundle: Self.french)
        guard case .data(let data)? = result.files.first(where: { $0.path == "alice/bonjour/index.html" })?.content else {
            Issue.record("no post page")
            return
        }
        func form(_ html: String) throws -> String {
            String(try #require(html.firstMatch(of: #/<form class="comment-form"(?s:.*?)</form>/#)).0)
        }
        let post = try form(String(decoding: data, as: UTF8.self))
        let intake = try form(Self.html(pages, IntakePage(kind: .refused, post: "alice/bonjour", draft: CommentDraft())))
        #expect(intake == post.replacingOccurrences(of: "h3", with: "h2"))
        #expect(post.contains("<h3 id=\"comment-form-title\" class=\"comment-form__title\">Laisser un commentaire</h3>"))
    }

    /// A theme whose intake page fails to render is reported when the pages are made, not to a reader.
    @Test func aFailingIntakeTemplateIsReportedAtOnce() throws {
        let (input, diagnostics) = Fixtures.input(TextBundle.parse(Self.french + """

            -- themes/default/templates/intake.mustache --
            {{<layout}}{{$main}}
            {{intake.problems}}
            {{/main}}{{/layout}}
            """))
        let plan = BuildPipeline.plan(input, loadDiagnostics: diagnostics, options: .init(now: Fixtures.now))
        let (pages, errors) = BuildPipeline.intakePages(input, site: try #require(plan.site))
        #expect(pages == nil)
        #expect(errors.count == 1)
        #expect(errors.first?.location.path == "themes/default/templates/intake.mustache")
        #expect(errors.first?.location.line == 2)
    }
}
