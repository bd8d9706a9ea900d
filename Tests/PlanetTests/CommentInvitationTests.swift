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
        #expect(post.contains("<p class=\"comments__empty\">Personne n’a encore commenté ce billet\u{A0}: votre commentaire sera le premier.</p>"))
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
        #expect(!html(result, "index.html").contains("href=\"/alice/ferme/#comments\""))
    }

    @Test func aMembersPageMarksItsList() {
        let result = Fixtures.build(bundle: Self.bundle)
        #expect(html(result, "alice/index.html").contains("<div class=\"post-list post-list--member\">"))
        #expect(html(result, "index.html").contains("<div class=\"post-list\">"))
    }
}
