import Foundation
import PlanetBuild
import PlanetCore
import Testing

/// A post without comments invites readers to comment, unless its comments are closed; a member's own
/// page marks its list so that the theme leaves out the repeated byline.
@Suite struct CommentInvitationTests {
    static let bundle = Fixtures.minimalSite + """
        -- authors/alice/posts/2024-03-02-ferme.md --
        ---
        title: Fermé
        date: 2024-03-02
        comments: false
        ---
        Pas de commentaires ici.

        """

    func html(_ result: PlanetBuild.BuildPipeline.Result, _ path: String) -> String {
        guard case .data(let data)? = result.files.first(where: { $0.path == path })?.content else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func anOpenPostWithoutCommentsInvitesThem() {
        let result = Fixtures.build(bundle: Self.bundle)
        let post = html(result, "alice/bonjour/index.html")
        #expect(post.contains("<span>Commenter</span></a>"))
        #expect(!post.contains("<h2 id=\"comments-title\""), "no heading says there is nothing")
        #expect(post.contains("<p id=\"comments-title\" class=\"comments__empty\">Personne n’a encore commenté ce billet\u{A0}: votre commentaire sera le premier.</p>"))
        #expect(!post.contains("<span>Aucun commentaire</span></a>"))
        let home = html(result, "index.html")
        #expect(home.contains("<a class=\"comment-count\" href=\"/alice/bonjour/#comments\">"))
        #expect(home.contains("<span>Commenter</span><span class=\"visually-hidden\"> Bonjour</span></a>"))
    }

    @Test func aClosedPostWithoutCommentsInvitesNothing() {
        let result = Fixtures.build(bundle: Self.bundle)
        let post = html(result, "alice/ferme/index.html")
        #expect(!post.contains("comment-count"))
        #expect(!post.contains("comments__empty"))
        #expect(post.contains("<p class=\"comments__closed\">Les commentaires sont fermés.</p>"))
        #expect(post.contains("<p id=\"comments-title\" class=\"comments__none\">Aucun commentaire</p>"), "a plain paragraph, not a heading")
        #expect(!html(result, "index.html").contains("href=\"/alice/ferme/#comments\""))
    }

    /// With an intake, the form says what becomes public, where and when, before anything is sent; the two notices the
    /// intake sends readers back to are there, shown only as the page's target; nothing is filled in or flagged.
    @Test func theFormSaysWhatIsPublishedAndTheNoticesWait() {
        let result = Fixtures.build(bundle: Self.bundle.replacingOccurrences(
            of: "timezone: Europe/Paris\n", with: "timezone: Europe/Paris\ncomments:\n  intake: https://commentaires.example.org\n"))
        #expect(result.diagnostics.map(\.rendered) == [])
        let post = html(result, "alice/bonjour/index.html")
        #expect(post.contains("""
            <p id="comment-received" class="comment-received" role="status">Merci\u{202F}! Votre commentaire est bien reçu. \
            Il paraîtra sous ce billet dès qu’une personne de l’équipe de modération l’aura lu.</p>
            <p id="comment-already-received" class="comment-received" role="status">Ce commentaire nous était déjà parvenu\u{A0}: \
            il attend d’être lu par l’équipe de modération, inutile de l’envoyer à nouveau.</p>
            <form class="comment-form" method="post" action="https://commentaires.example.org/comments" accept-charset="utf-8" \
            aria-labelledby="comment-form-title">
            <h3 id="comment-form-title" class="comment-form__title">Laisser un commentaire</h3>
            <p class="comment-form__intro">Un pseudonyme convient\u{202F}; aucune adresse e-mail n’est exigée. \
            Votre commentaire n’est publié qu’une fois lu par l’équipe de modération\u{A0}: alors votre nom (en lien vers votre site, \
            si vous en donnez un), votre message et sa date paraissent sous ce billet, et comme fichier dans le dépôt de la communauté.</p>
            <p class="comment-form__intro">Les champs marqués d’un astérisque sont obligatoires.</p>
            <input type="hidden" name="post" value="alice/bonjour">
            """))
        #expect(post.contains("""
            <div class="comment-form__trap" aria-hidden="true">
            <label for="comment-trap">Laissez ce champ vide</label>
            <input id="comment-trap" name="planet_trap" type="text" tabindex="-1" autocomplete="off">
            </div>
            """))
        #expect(post.contains("aria-describedby=\"comment-message-hint\">\n</textarea>"))
        #expect(!post.contains("role=\"alert\""))
        #expect(!post.contains(" selected"))
        #expect(post.contains("autocomplete=\"name\" aria-describedby=\"comment-name-hint\">"), "no empty value on a text field")
        #expect(!post.contains("email"))
    }

    /// With `mail:`, the form offers an optional e-mail field, and says what becomes of the address.
    @Test func aSiteThatSendsMailOffersTheOptionalAddressField() {
        let result = Fixtures.build(bundle: Self.bundle.replacingOccurrences(
            of: "timezone: Europe/Paris\n",
            with: "timezone: Europe/Paris\ncomments:\n  intake: https://commentaires.example.org\nmail:\n  from: planete@example.org\n"))
        #expect(result.diagnostics.map(\.rendered) == [])
        let post = html(result, "alice/bonjour/index.html")
        #expect(post.contains("""
            <label for="comment-notify">Votre adresse e-mail (facultatif)</label>
            <input id="comment-notify" name="notify" type="email" maxlength="254" autocomplete="email" inputmode="email" \
            aria-describedby="comment-notify-hint">
            """))
        #expect(post.contains("id=\"comment-notify-hint\" class=\"comment-form__hint\">Pour être prévenu·e une fois"))
        #expect(!post.contains("comment-notify\" required"))
    }

    @Test func aMembersPageMarksItsList() {
        let result = Fixtures.build(bundle: Self.bundle)
        #expect(html(result, "alice/index.html").contains("<div class=\"post-list post-list--member\">"))
        #expect(html(result, "index.html").contains("<div class=\"post-list\">"))
    }
}
