import Foundation
import PlanetCore
import PlanetImport
import Testing

/// Dotclear's wiki syntax, as its wiki2xhtml renders it, in a post whose backup holds only the wiki source (no
/// `post_content_xhtml`): each construct hand-written in the shape of Dotclear's backups, read into the post's Markdown.
@Suite struct DotclearWikiTests {
    /// A single-blog backup holding one wiki post, `wiki` as its source.
    static func backup(_ wiki: String) -> Data {
        let quoted = wiki.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        return Data(#"""
            ///DOTCLEAR|2.19|single
            [post post_id,blog_id,user_id,cat_id,post_dt,post_tz,post_creadt,post_upddt,post_password,post_type,post_format,post_url,post_lang,post_title,post_excerpt,post_excerpt_xhtml,post_content,post_content_xhtml,post_notes,post_meta,post_words,post_status,post_selected,post_position,post_open_comment,post_open_tb,nb_comment,nb_trackback,post_firstpub]
            "1","default","sophie",NULL,"2012-03-08 09:30:00","UTC","2012-03-08 09:30:00","2012-03-08 09:30:00",NULL,"post","wiki","2012/03/08/Wiki","fr","Wiki","","","\#(quoted)","",NULL,NULL,NULL,"1","0","0","1","0","0","0","1"

            """#.utf8)
    }

    /// The Markdown of the post whose wiki source is `wiki`.
    static func markdown(_ wiki: String) -> String {
        let blog = ImportReader.read(.dotclear, data: backup(wiki), path: "backup.txt", timeZone: TimeZone(identifier: "UTC")!)
        var options = ImportFidelityTests.options()
        options.oldURL = "https://sophie.example.fr/"
        let plan = ImportPlanner.plan(blog, options: options)
        return ImportFidelityTests.body(plan, "authors/claire/posts/2012-03-08-wiki.md")
    }

    @Test func htmlBlocksAreTheirHTMLSanitized() {
        let text = Self.markdown("Avant.\n\n///html\n<p class=\"note\">Un <abbr title=\"Caisse\">CPAM</abbr>.</p>\n<script>alert(1)</script>\n///\n\nAprès.")
        #expect(text == "Avant.\n\nUn <abbr title=\"Caisse\">CPAM</abbr>.\n\nAprès.\n")
    }

    @Test func otherTripleSlashBlocksArePreformatted() {
        #expect(Self.markdown("///\nif (a < b) {\n  __retour__;\n}\n///") == "```\nif (a < b) {\n  __retour__;\n}\n```\n")
        #expect(Self.markdown("///php\necho $x;\n///") == "```\nphp\necho $x;\n```\n")
        #expect(Self.markdown(" ligne un\n  ligne deux") == "```\nligne un\n ligne deux\n```\n")
        #expect(Self.markdown("> Rien ne presse.\n> Vraiment.") == "> Rien ne presse. Vraiment.\n", "a space after `>` is no preformatted text")
    }

    @Test func insertionsQuotesAndNotes() {
        #expect(Self.markdown("Un ++ajout++ ici.") == "Un <ins>ajout</ins> ici.\n")
        #expect(Self.markdown("Il dit {{bonjour}} puis {{hello|en|https://example.org/src}}.")
            == "Il dit <q>bonjour</q> puis <q lang=\"en\" cite=\"https://example.org/src\">hello</q>.\n")
        #expect(Self.markdown("Un fait$$Source : ''INSEE''.$$ et un autre$$Idem.$$.") == #"""
            Un fait<sup>\[<a href="#wiki-footnote-1" id="rev-wiki-footnote-1">1</a>\]</sup> et un autre<sup>\[<a href="#wiki-footnote-2" id="rev-wiki-footnote-2">2</a>\]</sup>.

            ## Notes

            \[<a href="#rev-wiki-footnote-1" id="wiki-footnote-1">1</a>\] Source : *INSEE*.

            \[<a href="#rev-wiki-footnote-2" id="wiki-footnote-2">2</a>\] Idem.

            """#)
        #expect(Self.markdown("Seule$$Une.$$ note.").hasSuffix("## Note\n\n\\[<a href=\"#rev-wiki-footnote-1\" id=\"wiki-footnote-1\">1</a>\\] Une.\n"))
    }
}
