import Foundation
import PlanetCore
import PlanetImport
import Testing

/// Items closed to comments, and WordPress's page-break markers.
extension ImportFidelityTests {
    @Test func closedItemsImportClosedWithTheirComments() {
        let closed = "<wp:comment_status><![CDATA[closed]]></wp:comment_status>"
        let open = "<wp:comment_status><![CDATA[open]]></wp:comment_status>"
        let comment = Self.comment(id: "1", author: "Zoé", email: "zoe@mail.example.com", minute: 10)
        let plan = Self.plan(
            Self.item(id: "90", slug: "a-propos", body: "Moi.", type: "page", comments: closed + "\n" + comment),
            Self.item(id: "91", slug: "ferme", body: "Fermé.", comments: closed),
            Self.item(id: "92", slug: "ouvert", body: "Ouvert.", type: "page", comments: open),
            Self.item(id: "93", slug: "libre", body: "Libre.", comments: open))
        let closedFiles = plan.files.filter { file in
            guard case .text(let text) = file.content else { return false }
            return text.contains("\ncomments: false\n")
        }.map(\.path)
        #expect(closedFiles == ["authors/claire/pages/a-propos.md", "authors/claire/posts/2020-03-01-ferme.md"])
        #expect(plan.files.map(\.path).contains("comments/claire/a-propos/2020-03-02T10-10-00-zoe.md"))
    }

    @Test func closedDotclearPostsImportClosed() {
        let dotclear = Data(#"""
            ///DOTCLEAR|2.19|single
            [post post_id,blog_id,user_id,cat_id,post_dt,post_tz,post_creadt,post_upddt,post_password,post_type,post_format,post_url,post_lang,post_title,post_excerpt,post_excerpt_xhtml,post_content,post_content_xhtml,post_notes,post_meta,post_words,post_status,post_selected,post_position,post_open_comment,post_open_tb,nb_comment,nb_trackback,post_firstpub]
            "1","default","sophie",NULL,"2012-03-08 09:30:00","UTC","2012-03-08 09:30:00","2012-03-08 09:30:00",NULL,"post","xhtml","2012/03/08/Ouvert","fr","Ouvert","","","","<p>Un.</p>",NULL,NULL,NULL,"1","0","0","1","0","0","0","1"
            "2","default","sophie",NULL,"2012-03-09 09:30:00","UTC","2012-03-09 09:30:00","2012-03-09 09:30:00",NULL,"page","xhtml","Ferme","fr","Fermé","","","","<p>Deux.</p>",NULL,NULL,NULL,"1","0","0","0","0","0","0","1"

            """#.utf8)
        let backup = ImportReader.read(.dotclear, data: dotclear, path: "backup.txt", timeZone: TimeZone(identifier: "UTC")!)
        #expect(backup.items.map(\.commentsOpen) == [true, false])
        let plan = ImportPlanner.plan(backup, options: Self.options())
        #expect(plan.files.filter { file in
            guard case .text(let text) = file.content else { return false }
            return text.contains("\ncomments: false\n")
        }.map(\.path) == ["authors/claire/pages/ferme.md"])
    }

    @Test func pageBreaksAreLocatedWarnings() {
        let classic = "Un.\n\n<!--nextpage-->\n\nDeux.\n\n<!--nextpage-->\n\nTrois."
        let blocks = "<!-- wp:paragraph --><p>Un.</p><!-- /wp:paragraph -->\n<!-- wp:nextpage -->\n<!--nextpage-->\n<!-- /wp:nextpage -->\n<!-- wp:paragraph --><p>Deux.</p><!-- /wp:paragraph -->"
        let plan = Self.plan(Self.item(id: "94", slug: "long", body: classic), Self.item(id: "95", slug: "blocs", body: blocks),
                             Self.item(id: "96", slug: "court", body: "Un seul.<!--more-->\n\nLa suite."))
        #expect(plan.diagnostics.map(\.rendered) == [
            "export.xml:12:1: warning: item 94: 2 <!--nextpage--> page break(s) dropped; its 3 pages are imported as one",
            "export.xml:37:1: warning: item 95: 1 <!--nextpage--> page break(s) dropped; its 2 pages are imported as one",
        ])
        #expect(Self.body(plan, "authors/claire/posts/2020-03-01-long.md") == "Un.\n\nDeux.\n\nTrois.\n")
        #expect(Self.body(plan, "authors/claire/posts/2020-03-01-court.md") == "Un seul.\n\nLa suite.\n", "<!--more--> marks nothing here")
    }
}
