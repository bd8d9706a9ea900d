import Foundation
import PlanetBuild
import PlanetCore
@testable import PlanetIntake
import PlanetRender
import Testing

/// A member's own pages, `authors/<id>/pages/<slug>.md` or a folder with `index.md` and its files: published at
/// `/<id>/<slug>/` with their comments and form, listed on the member's page, their old addresses redirected, and in
/// no list of posts or feed. The site's own `pages/` stay the site's.
@Suite struct MemberPageTests {
    static let bundle = """
        -- planet.yaml --
        title: Planète Test
        base_url: https://planete.example.org
        language: fr
        timezone: Europe/Paris
        comments:
          intake: https://intake.example.org
        -- authors/claire/author.yaml --
        name: Claire Martin
        -- authors/claire/posts/2024-03-01-garde.md --
        ---
        title: Une garde
        date: 2024-03-01
        ---
        Une nuit de garde.
        -- authors/claire/pages/a-propos.md --
        ---
        title: À propos de moi
        summary: Qui je suis.
        aliases:
        - /about/
        ---
        Je suis médecin #généraliste.
        -- authors/claire/pages/cv/index.md --
        ---
        title: Mon parcours
        ---
        Voir [mes notes](notes.txt).
        -- authors/claire/pages/cv/notes.txt --
        Notes.
        -- authors/claire/pages/brouillon.md --
        ---
        title: Pas encore
        draft: true
        ---
        Bientôt.
        -- comments/claire/a-propos/2024-03-02T10-00-00-zoe.md --
        ---
        author: Zoé
        date: 2024-03-02 10:00
        ---
        Merci pour cette page !
        -- comments/claire/a-propos/2024-03-03T10-00-00-claire.md --
        ---
        author: Claire Martin
        member: claire
        date: 2024-03-03 10:00
        reply_to: 2024-03-02T10-00-00-zoe
        ---
        Avec plaisir.
        -- pages/contact.md --
        ---
        title: Contact
        ---
        Écrivez-nous.

        """

    static func html(_ files: [String: Data], _ path: String) -> String {
        files[path].map { String(decoding: $0, as: UTF8.self) } ?? "(no \(path))"
    }

    @Test func memberPagesArePublishedUnderTheMemberWithTheirComments() throws {
        let result = Fixtures.build(bundle: Self.bundle)
        #expect(result.diagnostics.map(\.rendered) == [])
        let files = FeedValidationTests.files(result)
        let page = Self.html(files, "claire/a-propos/index.html")
        #expect(page.contains("À propos de moi"))
        #expect(page.contains("Je suis médecin #généraliste."), "a page's text links no hashtag")
        #expect(page.contains("Merci pour cette page"))
        #expect(page.contains("Avec plaisir."))
        #expect(page.contains("name=\"post\" value=\"claire/a-propos\""), "the comment form names the page's thread")
        #expect(!page.contains("byline__date"), "a member's page has no date")
        #expect(Self.html(files, "about/index.html").contains("/claire/a-propos/"))
        #expect(Self.html(files, "claire/cv/index.html").contains("href=\"notes.txt\""))
        #expect(result.files.contains { $0.path == "claire/cv/notes.txt" })
        #expect(files["claire/brouillon/index.html"] == nil)
        #expect(files["a-propos/index.html"] == nil && files["contact/index.html"] != nil)
        let member = Self.html(files, "claire/index.html")
        #expect(member.contains("<a href=\"/claire/a-propos/\">À propos de moi</a>"))
        #expect(member.contains("<a href=\"/claire/cv/\">Mon parcours</a>"))
        #expect(!member.contains("Pas encore"))
        for listing in ["atom.xml", "claire/atom.xml", "archives/index.html", "hashtags/index.html", "authors/index.html"] {
            #expect(!Self.html(files, listing).contains("À propos de moi"), "\(listing) lists a member's page")
        }
        #expect(Self.html(files, "sitemap.xml").contains("https://planete.example.org/claire/a-propos/"))
        #expect(Self.html(files, "comments.xml").contains("Merci pour cette page"))
        #expect(Self.html(files, "index.html").contains("/claire/a-propos/#comment-"), "the latest conversations include a page's")
    }

    /// The intake knows a member's page's thread: a reader's comment on it, a reply to one of its comments, is accepted.
    @Test func theIntakeTakesCommentsOnAMembersPage() throws {
        let result = Fixtures.build(bundle: Self.bundle)
        let site = SiteKnowledge(site: try #require(result.site), commentPaths: [
            "comments/claire/a-propos/2024-03-02T10-00-00-zoe.md", "comments/claire/a-propos/2024-03-03T10-00-00-claire.md",
        ])
        #expect(site.threads["claire/a-propos"]?.published.map(\.id) == ["2024-03-02T10-00-00-zoe", "2024-03-03T10-00-00-claire"])
        #expect(site.threads["claire/brouillon"] == nil)
        let submission = CommentSubmission(form: [
            "post": "claire/a-propos", "name": "Julie", "website": "", "message": "Merci.", "reply_to": "2024-03-02T10-00-00-zoe",
            "planet_trap": "",
        ])
        #expect(SubmissionValidation.validate(
            submission, site: site, now: Fixtures.now, limits: IntakeLimits(), recent: RecentMessages(key: Data())).isAccepted)
    }

    @Test func aPageTakesNoAddressOfItsMember() {
        var files = TextBundle.parse(Self.bundle)
        files["authors/claire/pages/garde.md"] = Data("---\ntitle: Gardes\n---\nx\n".utf8)
        files["authors/claire/pages/archives.md"] = Data("---\ntitle: Archives\n---\nx\n".utf8)
        files["authors/claire/pages/autre.md"] = Data("---\ntitle: Autre\nslug: page\n---\nx\n".utf8)
        files["authors/claire/pages/cv.md"] = Data("---\ntitle: CV bis\n---\nx\n".utf8)
        #expect(Fixtures.build(files).diagnostics.filter { $0.severity == .error }.count == 4)
        let result = Fixtures.build(files, keepGoing: true)
        #expect(result.diagnostics.map { $0.rendered.replacingOccurrences(of: ": warning: ", with: ": error: ") } == [
            "authors/claire/pages/archives.md:1:1: error: slug `archives` is reserved for the member's own pages (/claire/archives/); set another with `slug: ...`",
            "authors/claire/pages/autre.md:1:1: error: slug `page` is reserved for the member's own pages (/claire/page/); set another with `slug: ...`",
            "authors/claire/pages/cv/index.md:1:1: error: the page's address /claire/cv/ is taken by the page authors/claire/pages/cv.md; set another with `slug: ...`",
            "authors/claire/pages/garde.md:1:1: error: the page's address /claire/garde/ is taken by the post authors/claire/posts/2024-03-01-garde.md; set another with `slug: ...`",
        ])
        let output = FeedValidationTests.files(result)
        #expect(Self.html(output, "claire/garde/index.html").contains("Une nuit de garde."))
    }

    @Test func commentsOnADraftPageWait() {
        var files = TextBundle.parse(Self.bundle)
        files["comments/claire/brouillon/2024-03-02T10-00-00-x.md"] = Data("---\nauthor: X\ndate: 2024-03-02\n---\nx\n".utf8)
        let result = Fixtures.build(files)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "a draft page's comments wait, as a draft post's")
    }
}

extension MemberPageTests {
    /// A pending comment on a member's page is shown in the moderation view under the page's title, linking to the page.
    @Test func theModerationViewNamesAMembersPage() throws {
        let pages = try IntakePagesTests.pages(Self.bundle)
        let item = ModerationItem(
            place: .init(post: "claire/a-propos", id: "2024-03-04T10-00-00-julie"), authorName: "Julie", date: nil, website: nil,
            replyTo: "2024-03-02T10-00-00-zoe", kind: "comment", source: nil, body: "<p>Bonjour.</p>")
        let page = ModerationPage(kind: .desk, moderator: "claire", items: [item], posts: ["claire/a-propos", "claire/garde"],
                                  csrf: "x")
        let html = String(decoding: pages.render(page), as: UTF8.self)
        #expect(html.contains("À propos de moi"))
        #expect(html.contains("href=\"https://planete.example.org/claire/a-propos/\""))
        #expect(html.contains("Merci pour cette page"), "the page's thread is shown")
        #expect(!html.contains(">claire/a-propos<"))
    }
}

extension MemberPageTests {
    /// The member's reply on their own page is badged as the page's author's, not a post's.
    @Test func theMembersReplyOnTheirPageIsThePageAuthors() {
        let bundle = Self.bundle + """
            -- comments/claire/garde/2024-03-04T10-00-00-claire.md --
            ---
            author: Claire Martin
            member: claire
            date: 2024-03-04 10:00
            ---
            Sur le billet.

            """
        let files = FeedValidationTests.files(Fixtures.build(bundle: bundle))
        let page = Self.html(files, "claire/a-propos/index.html")
        #expect(page.components(separatedBy: "<span class=\"badge\">auteur·rice de la page</span>").count == 2)
        #expect(!page.contains("auteur·rice du billet"))
        let post = Self.html(files, "claire/garde/index.html")
        #expect(post.components(separatedBy: "<span class=\"badge\">auteur·rice du billet</span>").count == 2)
        #expect(!post.contains("auteur·rice de la page"))
    }
}
