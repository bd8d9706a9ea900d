import Foundation
import PlanetBuild
import PlanetCore
@testable import PlanetRender
import Testing

/// Each comment of a thread open to comments says how to reply to it: the intake's reply page, the forge's editor
/// with the reply's file filled in, or that file to propose by pull request; nothing on a closed post or a mention.
@Suite struct ReplyLinkTests {
    static func site(_ settings: String) -> String {
        """
        -- planet.yaml --
        title: Planète Test
        base_url: https://planete.example.org
        language: fr
        timezone: Europe/Paris
        \(settings)
        -- authors/alice/author.yaml --
        name: Alice Martin
        -- authors/alice/posts/2024-03-01-bonjour.md --
        ---
        title: Bonjour
        date: 2024-03-01
        ---
        Premier billet.
        -- authors/alice/posts/2024-03-02-ferme.md --
        ---
        title: Fermé
        date: 2024-03-02
        comments: false
        ---
        Fermé.
        -- comments/alice/bonjour/2024-03-02T10-00-00-julie.md --
        ---
        author: Julie
        date: 2024-03-02T10:00:00Z
        ---
        Merci.
        -- comments/alice/bonjour/2024-03-03T10-00-00-mention.md --
        ---
        kind: mention
        source: https://blog.example.net/p
        title: Une mention
        author: Quelqu’un
        date: 2024-03-03T10:00:00Z
        ---
        Un extrait.
        """
    }

    static func page(_ settings: String) -> String {
        let path = "alice/bonjour/index.html"
        let result = Fixtures.build(bundle: site(settings))
        #expect(result.diagnostics.map(\.rendered) == [])
        guard case .data(let data)? = result.files.first(where: { $0.path == path })?.content else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func withAnIntakeTheLinkLeadsToItsReplyPage() {
        let html = Self.page("comments:\n  intake: https://commentaires.example.org")
        #expect(html.contains("""
            <p class="comment__reply"><a class="comment__reply-link" \
            href="https://commentaires.example.org/reply?post=alice/bonjour&amp;to=2024-03-02T10-00-00-julie" rel="nofollow">\
            Répondre<span class="visually-hidden"> à Julie, le 2 mars 2024 à 11:00</span></a></p>
            """))
        #expect(html.components(separatedBy: "class=\"comment__reply\"").count == 2, "one comment, one link; none on the mention")
    }

    @Test func withARepositoryTheLinkOpensTheForgesEditor() {
        let html = Self.page("repository: https://github.com/planete/site")
        #expect(html.contains("""
            <p class="comment__reply"><a class="comment__reply-link" \
            href="https://github.com/planete/site/new/main/comments/alice/bonjour?filename=AAAA-MM-JJTHH-MM-SS-votre-nom.md&amp;value=\
            ---%0Aauthor%3A%20Votre%20nom%0Adate%3A%20AAAA-MM-JJ%20HH%3AMM%0Areply_to%3A%202024-03-02T10-00-00-julie%0A---%0A\
            Votre%20commentaire%2C%20en%20Markdown.%0A" rel="nofollow">Répondre<span class="visually-hidden"> à Julie, le 2 mars 2024 à 11:00</span></a></p>
            """))
        #expect(html.contains("<details class=\"comment-pr\">"), "the recipe for a new comment stays")
    }

    @Test func withNeitherTheReplysFileIsShown() {
        let html = Self.page("")
        #expect(html.contains("""
            <details class="comment__reply">
            <summary class="comment__reply-link">Répondre<span class="visually-hidden"> à Julie, le 2 mars 2024 à 11:00</span></summary>
            <div class="comment__reply-recipe">
            <p>Pour répondre, proposez ce fichier par une pull request, comme expliqué plus bas\u{A0}:</p>
            <p>Le fichier à créer\u{A0}: <code class="comment-pr__path">comments/alice/bonjour/AAAA-MM-JJTHH-MM-SS-votre-nom.md</code></p>
            <pre class="comment-pr__text"><code>---
            author: Votre nom
            date: AAAA-MM-JJ HH:MM
            reply_to: 2024-03-02T10-00-00-julie
            ---
            Votre commentaire, en Markdown.
            </code></pre>
            </div>
            </details>
            """))
    }

    /// A closed post shows no comments (a comment file on it is an error), and its comments would offer no reply;
    /// neither would an outside entry's.
    @Test func aClosedPostOrAnOutsideEntryOffersNoReply() {
        let date = Date(timeIntervalSince1970: 1_709_373_600)
        let comment = PlanetCore.Comment(
            id: "2024-03-02T10-00-00-paul", postAuthorID: "alice", postSlug: "ferme", authorName: "Paul", date: date, sourcePath: "c.md")
        let closed = Post(authorID: "alice", slug: "ferme", title: "Fermé", date: date, commentsOpen: false, sourcePath: "p.md")
        var outside = Post(authorID: "alice", slug: "ailleurs", title: "Ailleurs", date: date, sourcePath: "p.md")
        outside.origin = PostOrigin(blogName: "B", blogURL: "https://b.example/", feedURL: "https://b.example/feed", entryURL: "", firstSeen: date)
        for intake in ["https://commentaires.example.org", nil] {
            let config = SiteConfig(
                title: "P", baseURL: "https://p.example.org", repository: "https://github.com/planete/site", comments: CommentSettings(intake: intake))
            let site = Site(config: config, authors: [], posts: [closed, outside], pages: [], tags: [], postsByAuthor: [:], commentsByPost: [:], assets: [:])
            let context = ContextBuilder(site: site, strings: InterfaceStrings(values: [:], locale: Locale(identifier: "fr")))
            for post in [closed, outside] {
                let reply = CommentFormValues.reply(to: comment, on: post, context: context)
                #expect(reply.url == nil && reply.pullRequest == nil)
            }
        }
    }
}
