import Foundation
import PlanetCore
import PlanetImport
import PlanetMarkdown
import PlanetXML
import PlanetSite
import Testing

/// What real blogs' exports hold and `planet import` must keep: code shortcodes and highlighted `<pre>` as fenced code,
/// bare URLs as links, links between the blog's own posts. Each export is hand-made in the shape of WordPress's WXR.
@Suite struct ImportFidelityTests {
    /// A WXR export of one author (`claire`, whose address is never written) holding `items`.
    static func wxr(_ items: String) -> Data {
        Data("""
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
             xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
             xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
            <title>Le blog de Claire</title>
            <link>https://blog.example.fr</link>
            <wp:wxr_version>1.2</wp:wxr_version>
            <wp:base_site_url>https://blog.example.fr</wp:base_site_url>
            <wp:base_blog_url>https://blog.example.fr</wp:base_blog_url>
            <wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[claire]]></wp:author_login><wp:author_email><![CDATA[claire@secret.example.fr]]></wp:author_email><wp:author_display_name><![CDATA[Claire M.]]></wp:author_display_name></wp:author>
            \(items)
            </channel>
            </rss>
            """.utf8)
    }

    /// One published post (`post` or `page`) of the export, its body as WordPress keeps it.
    static func item(id: String, slug: String, body: String, type: String = "post", date: String = "2020-03-01 10:00:00",
                     comments: String = "", parent: String = "0") -> String {
        """
        <item>
        <title><![CDATA[Item \(id)]]></title>
        <link>https://blog.example.fr/\(type == "page" ? "" : "2020/03/01/")\(slug)/</link>
        <dc:creator><![CDATA[claire]]></dc:creator>
        <guid isPermaLink="false">https://blog.example.fr/?\(type == "page" ? "page_id" : "p")=\(id)</guid>
        <content:encoded><![CDATA[\(body)]]></content:encoded>
        <excerpt:encoded><![CDATA[]]></excerpt:encoded>
        <wp:post_id>\(id)</wp:post_id>
        <wp:post_date><![CDATA[\(date)]]></wp:post_date>
        <wp:post_date_gmt><![CDATA[\(date)]]></wp:post_date_gmt>
        <wp:post_name><![CDATA[\(slug)]]></wp:post_name>
        <wp:status><![CDATA[publish]]></wp:status>
        <wp:post_parent>\(parent)</wp:post_parent>
        <wp:post_type><![CDATA[\(type)]]></wp:post_type>
        <wp:post_password><![CDATA[]]></wp:post_password>
        \(comments)
        </item>
        """
    }

    static func options() -> ImportOptions {
        ImportOptions(author: "claire", members: ["claire"], reservedNames: ReservedNames.topLevel,
                      timeZone: TimeZone(identifier: "UTC")!, host: "planete.example.org")
    }

    static func plan(_ items: String...) -> ImportPlan {
        let blog = ImportReader.read(.wordpress, data: wxr(items.joined(separator: "\n")), path: "export.xml",
                                     timeZone: TimeZone(identifier: "UTC")!)
        return ImportPlanner.plan(blog, options: options())
    }

    /// The Markdown body of the plan's file at `path` (after its front matter).
    static func body(_ plan: ImportPlan, _ path: String) -> String {
        guard let file = plan.files.first(where: { $0.path == path }), case .text(let text) = file.content else { return "(no \(path))" }
        guard let end = text.range(of: "\n---\n\n") else { return text }
        return String(text[end.upperBound...])
    }

    static func text(_ plan: ImportPlan, _ path: String) -> String {
        guard let file = plan.files.first(where: { $0.path == path }), case .text(let text) = file.content else { return "(no \(path))" }
        return text
    }

    @Test func codeShortcodesBecomeFencedCode() {
        let body = """
            Pour lister :

            [code language="bash"]
            # chemin du projet
            cd ~/projet &amp;&amp; ls -l | grep "_old"
            [/code]

            Et en jQuery :
            [javascript]
            $("#txtGetFactorial").click(function () {
                if (a < b) { alert('<ok>'); }
            });
            [/javascript]

            [sourcecode lang='py']
            def f(x):

                return x * 2
            [/sourcecode]
            [csharp]var s = "x";[/csharp]
            """
        let plan = Self.plan(Self.item(id: "10", slug: "code", body: body))
        #expect(Self.body(plan, "authors/claire/posts/2020-03-01-code.md") == """
            Pour lister :

            ```bash
            # chemin du projet
            cd ~/projet && ls -l | grep "_old"
            ```

            Et en jQuery :

            ```javascript
            $("#txtGetFactorial").click(function () {
                if (a < b) { alert('<ok>'); }
            });
            ```

            ```python
            def f(x):

                return x * 2
            ```

            ```csharp
            var s = "x";
            ```

            """)
        #expect(!plan.diagnostics.contains { $0.message.contains("shortcode") })
    }

    @Test func highlightedPreBecomesFencedCode() {
        let classic = """
            <pre class="brush: php; title: ; notranslate" title="">&lt;?php
              echo "#tag &amp; _x_";
            ?&gt;</pre>
            """
        let blocks = """
            <!-- wp:syntaxhighlighter/code {"language":"jscript"} -->
            <pre class="wp-block-syntaxhighlighter-code">let a = $("#id");</pre>
            <!-- /wp:syntaxhighlighter/code -->
            """
        let plan = Self.plan(Self.item(id: "11", slug: "php", body: classic), Self.item(id: "12", slug: "js", body: blocks))
        #expect(Self.body(plan, "authors/claire/posts/2020-03-01-php.md") == """
            ```php
            <?php
              echo "#tag & _x_";
            ?>
            ```

            """)
        #expect(Self.body(plan, "authors/claire/posts/2020-03-01-js.md") == """
            ```javascript
            let a = $("#id");
            ```

            """)
    }

    @Test func bareURLsAreAutolinksWithNoBreakAfter() {
        let html = "<p>Lu sur http://www.lemonde.fr/vie_4724566.html<br>\net (voir https://fr.wikipedia.org/wiki/Paris_(France)).<br>"
            + "Ou www.example.org/a_b, et <a href=\"http://x.org/c_d\">http://x.org/c_d</a>.</p>"
        let markdown = HTMLMarkdown.markdown(html)
        #expect(markdown == """
            Lu sur <http://www.lemonde.fr/vie_4724566.html>\("  ")
            et (voir <https://fr.wikipedia.org/wiki/Paris_(France)>).\\
            Ou [www.example.org/a\\_b](http://www.example.org/a_b), et <http://x.org/c_d>.
            """)
        let rendered = MarkdownRenderer.render(markdown, trust: .visitor).html
        #expect(rendered.contains("href=\"http://www.lemonde.fr/vie_4724566.html\""))
        #expect(rendered.contains("href=\"https://fr.wikipedia.org/wiki/Paris_(France)\""))
        #expect(rendered.contains("href=\"http://www.example.org/a_b\""))
        #expect(rendered.contains("href=\"http://x.org/c_d\""))
        #expect(!rendered.contains("%5C"))
    }

    @Test func rendererDropsEscapesInsideAutolinks() {
        let rendered = MarkdownRenderer.render("Voir http://example.org/a\\_b et www.example.org/c\\_d.", trust: .member).html
        #expect(rendered == """
            <p>Voir <a href="http://example.org/a_b">http://example.org/a_b</a> et <a href="http://www.example.org/c_d">www.example.org/c_d</a>.</p>

            """)
    }

    @Test func linksBetweenTheBlogsPostsGoToTheirNewPaths() {
        let pingback = """
            <wp:comment><wp:comment_id>7</wp:comment_id><wp:comment_author><![CDATA[Le blog de Claire » Suite]]></wp:comment_author>
            <wp:comment_author_email><![CDATA[]]></wp:comment_author_email>
            <wp:comment_author_url>https://blog.example.fr/2020/03/01/suite/</wp:comment_author_url>
            <wp:comment_author_IP><![CDATA[192.0.2.9]]></wp:comment_author_IP>
            <wp:comment_date_gmt><![CDATA[2020-03-02 10:00:00]]></wp:comment_date_gmt>
            <wp:comment_content><![CDATA[[…] comme je le disais […]]]></wp:comment_content>
            <wp:comment_approved><![CDATA[1]]></wp:comment_approved><wp:comment_type><![CDATA[pingback]]></wp:comment_type>
            <wp:comment_parent>0</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>
            """
        let linked = Self.item(id: "344", slug: "premier", body: "Le début.", date: "2020-03-01 10:00:00", comments: pingback)
        let body = """
            Voir <a href="https://blog.example.fr/?p=344">mon billet</a>, <a href="http://www.blog.example.fr/2020/03/01/premier">le même</a>
            et <a href="/2020/03/01/premier/#suite">sa suite</a>, puis <a href="https://blog.example.fr/?page_id=20">la page</a>.
            Une note<sup><a href="#n1" id="r1">1</a></sup>.

            <p id="n1">1. La note. <a href="#r1">↩</a></p>
            """
        let second = Self.item(id: "345", slug: "suite", body: body, date: "2020-03-02 10:00:00")
        let page = Self.item(id: "20", slug: "a-propos", body: "Moi.", type: "page")
        let plan = Self.plan(linked, second, page)
        #expect(Self.body(plan, "authors/claire/posts/2020-03-02-suite.md") == """
            Voir [mon billet](/claire/premier/), [le même](/claire/premier/)\\
            et [sa suite](/claire/premier/#suite), puis [la page](/claire/a-propos/).\\
            Une note<sup><a href="#n1" id="r1">1</a></sup>.

            <p id="n1">1. La note. <a href="#r1">↩</a></p>

            """)
        let mention = Self.text(plan, "comments/claire/premier/2020-03-02T10-00-00-blog-example-fr.md")
        #expect(mention.contains("source: \"https://planete.example.org/claire/suite/\""), "\(plan.files.map(\.path))")
    }

    @Test func wordPressFootnotesBlockKeepsItsNotes() {
        let body = """
            <!-- wp:paragraph --><p>Un fait<sup data-fn="f1a2" class="fn"><a href="#f1a2" id="f1a2-link">1</a></sup>.</p><!-- /wp:paragraph -->

            <!-- wp:footnotes /-->
            """
        let item = Self.item(id: "50", slug: "notes", body: body).replacingOccurrences(of: "</item>", with: """
            <wp:postmeta><wp:meta_key><![CDATA[footnotes]]></wp:meta_key><wp:meta_value><![CDATA[[{"content":"Source : <em>INSEE</em>","id":"f1a2"}]]]></wp:meta_value></wp:postmeta>
            </item>
            """)
        let plan = Self.plan(item)
        #expect(Self.body(plan, "authors/claire/posts/2020-03-01-notes.md") == """
            Un fait<sup data-fn="f1a2" class="fn"><a href="#f1a2" id="f1a2-link">1</a></sup>.

            <ol class="wp-block-footnotes"><li id="f1a2">Source : <em>INSEE</em> <a href="#f1a2-link">↩︎</a></li></ol>

            """)
    }

    @Test func percentEncodedPermalinksBecomeAliases() {
        let quote = Self.item(id: "60", slug: "l%e2%80%99or", body: "Or.")
        let cyrillic = Self.item(id: "61", slug: "%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82", body: "Привет.")
        let raw = Self.item(id: "62", slug: "καλημέρα", body: "Καλημέρα.")
        let plan = Self.plan(quote, cyrillic, raw)
        #expect(plan.diagnostics.map(\.rendered) == [])
        #expect(plan.summary.aliases == 3)
        #expect(Self.text(plan, "authors/claire/posts/2020-03-01-l-or.md").contains("- /2020/03/01/l%e2%80%99or/\n"))
        #expect(Self.text(plan, "authors/claire/posts/2020-03-01-item-61.md").contains("- /2020/03/01/%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82/\n"),
                "\(plan.files.map(\.path))")
        #expect(Self.text(plan, "authors/claire/posts/2020-03-01-item-62.md").contains("- /2020/03/01/%CE%BA%CE%B1%CE%BB%CE%B7%CE%BC%CE%AD%CF%81%CE%B1/\n"))
    }

    /// A Dotclear backup of one blog (`single` mode: no `blog` table), whose second post links to the first absolutely.
    static let dotclearSingle = Data(#"""
        ///DOTCLEAR|2.19|single
        [post post_id,blog_id,user_id,cat_id,post_dt,post_tz,post_creadt,post_upddt,post_password,post_type,post_format,post_url,post_lang,post_title,post_excerpt,post_excerpt_xhtml,post_content,post_content_xhtml,post_notes,post_meta,post_words,post_status,post_selected,post_position,post_open_comment,post_open_tb,nb_comment,nb_trackback,post_firstpub]
        "1","default","sophie",NULL,"2012-03-08 09:30:00","UTC","2012-03-08 09:30:00","2012-03-08 09:30:00",NULL,"post","xhtml","2012/03/08/Premiere","fr","Première","","","","<p>Un.</p>",NULL,NULL,NULL,"1","0","0","1","0","0","0","1"
        "2","default","sophie",NULL,"2012-03-09 09:30:00","UTC","2012-03-09 09:30:00","2012-03-09 09:30:00",NULL,"post","xhtml","2012/03/09/Seconde","fr","Seconde","","","","<p>Voir <a href="https://sophie.example.fr/index.php?post/2012/03/08/Premiere">la première</a>.</p>",NULL,NULL,NULL,"1","0","0","1","0","0","0","1"

        """#.utf8)

    @Test func dotclearSingleBlogBackupLearnsItsAddress() {
        let blog = ImportReader.read(.dotclear, data: Self.dotclearSingle, path: "backup.txt", timeZone: TimeZone(identifier: "UTC")!)
        let inferred = ImportPlanner.plan(blog, options: Self.options())
        #expect(inferred.diagnostics.map(\.rendered) == [])
        #expect(Self.text(inferred, "authors/claire/posts/2012-03-08-premiere.md").contains("aliases:\n- /index.php\n") == false)
        #expect(inferred.summary.oldHostRedirects == [
            "https://sophie.example.fr/index.php?post/2012/03/08/Premiere → /claire/premiere/",
            "https://sophie.example.fr/index.php?post/2012/03/09/Seconde → /claire/seconde/",
        ])
        #expect(Self.body(inferred, "authors/claire/posts/2012-03-09-seconde.md") == "Voir [la première](/claire/premiere/).\n")
        var options = Self.options()
        options.oldURL = "https://sophie.example.fr/"
        let given = ImportPlanner.plan(blog, options: options)
        #expect(Self.text(given, "authors/claire/posts/2012-03-08-premiere.md").contains("aliases:\n- /post/2012/03/08/Premiere\n"))
        var unknown = blog
        unknown.items[1].body = "<p>Sans lien.</p>"
        #expect(ImportPlanner.plan(unknown, options: Self.options()).diagnostics.map(\.rendered) == [
            "backup.txt:1:1: warning: the backup does not hold the blog's address, and no post links to another with it: give "
                + "`--old-url URL` (such as https://blog.example.fr/index.php?) so that the old permalinks become aliases",
        ])
    }

    /// A Blogger backup whose `app:` prefix no namespace declares (a malformed file): libxml2 names its elements
    /// `app:control`, and a draft post and a draft page were published.
    static let bloggerUndeclaredPrefix = Data("""
        <?xml version='1.0' encoding='UTF-8'?>
        <feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>
        <id>tag:blogger.com,1999:blog-9</id>
        <title type='text'>Carnet</title>
        <link rel='alternate' type='text/html' href='https://carnet.blogspot.com/'/>
        <entry>
        <id>tag:blogger.com,1999:blog-9.post-1</id>
        <published>2019-02-01T09:00:00.000+01:00</published>
        <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
        <title type='text'>Brouillon</title>
        <content type='html'>Pas encore.</content>
        <author><name>Karim B.</name></author>
        <app:control><app:draft>yes</app:draft></app:control>
        </entry>
        <entry>
        <id>tag:blogger.com,1999:blog-9.page-2</id>
        <published>2019-02-02T09:00:00.000+01:00</published>
        <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#page'/>
        <title type='text'>Page en cours</title>
        <content type='html'>Pas encore.</content>
        <author><name>Karim B.</name></author>
        <app:control><app:draft>yes</app:draft></app:control>
        </entry>
        </feed>
        """.utf8)

    @Test func undeclaredPrefixKeepsDraftsDrafts() {
        let blog = ImportReader.read(.blogger, data: Self.bloggerUndeclaredPrefix, path: "blog.xml", timeZone: TimeZone(identifier: "UTC")!)
        #expect(blog.items.map(\.status) == [.draft, .draft])
        let plan = ImportPlanner.plan(blog, options: Self.options())
        #expect(plan.files.map(\.path) == ["authors/claire/pages/page-en-cours.md", "authors/claire/posts/2019-02-01-brouillon.md"])
        #expect(Self.text(plan, "authors/claire/posts/2019-02-01-brouillon.md").contains("draft: true\n"))
        #expect(Self.text(plan, "authors/claire/pages/page-en-cours.md").contains("draft: true\n"))
        #expect(plan.summary.pages == 0 && plan.summary.posts == 0 && plan.summary.drafts == 2)
        #expect(plan.diagnostics.map(\.rendered) == [
            "blog.xml:13:1: warning: the prefix `app:` (of `app:control`) is declared by no namespace: the export is malformed; "
                + "its elements are read by their local name",
        ])
    }

    @Test func flashVideosAndGistsBecomeLinks() {
        let body = """
            Ma vidéo :
            <object width="425" height="344"><param name="movie" value="http://www.youtube.com/v/dQw4w9WgXcQ&amp;hl=fr&amp;fs=1"></param><param name="allowFullScreen" value="true"></param><embed src="http://www.youtube.com/v/dQw4w9WgXcQ&amp;hl=fr&amp;fs=1" type="application/x-shockwave-flash" width="425" height="344"></embed></object>

            <embed src="http://vimeo.com/moogaloop.swf?clip_id=1234567&amp;server=vimeo.com" type="application/x-shockwave-flash"></embed>

            Le code : <script src="https://gist.github.com/claire/0a1b2c3d4e5f.js?file=tri.py"></script>

            <object width="400" height="30"><param name="flashvars" value="file=son.mp3"></param></object>
            """
        let plan = Self.plan(Self.item(id: "70", slug: "video", body: body))
        #expect(Self.body(plan, "authors/claire/posts/2020-03-01-video.md") == """
            Ma vidéo :\\
            [www.youtube.com](https://www.youtube.com/watch?v=dQw4w9WgXcQ)

            [vimeo.com](https://vimeo.com/1234567)

            Le code : [gist.github.com](https://gist.github.com/claire/0a1b2c3d4e5f)

            """)
        #expect(plan.diagnostics.map(\.rendered) == [
            "export.xml:12:1: warning: item 70: the embedded <object> plays nothing a link could take the place of; left out",
        ])
        #expect(HTMLSanitizer.sanitize("<script src=\"https://gist.github.com/claire/0a1b2c3d4e5f.js\"></script>")
            == "<p><a href=\"https://gist.github.com/claire/0a1b2c3d4e5f\">gist.github.com</a></p>")
    }

    /// A comment of the export, written logged out (`comment_user_id` 0) unless `user` is given.
    static func comment(id: String, author: String, email: String, user: String = "0", minute: Int) -> String {
        """
        <wp:comment><wp:comment_id>\(id)</wp:comment_id><wp:comment_author><![CDATA[\(author)]]></wp:comment_author>
        <wp:comment_author_email><![CDATA[\(email)]]></wp:comment_author_email><wp:comment_author_url></wp:comment_author_url>
        <wp:comment_author_IP><![CDATA[192.0.2.9]]></wp:comment_author_IP>
        <wp:comment_date_gmt><![CDATA[2020-03-02 10:\(minute):00]]></wp:comment_date_gmt>
        <wp:comment_content><![CDATA[Réponse \(id).]]></wp:comment_content>
        <wp:comment_approved><![CDATA[1]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type>
        <wp:comment_parent>0</wp:comment_parent><wp:comment_user_id>\(user)</wp:comment_user_id></wp:comment>
        """
    }

    @Test func authorsLoggedOutCommentsAreTheirs() {
        let comments = [
            Self.comment(id: "1", author: "Moi", email: "Claire@Secret.example.fr", minute: 10),
            Self.comment(id: "2", author: "claire", email: "", minute: 11),
            Self.comment(id: "3", author: "Claire M.", email: "autre@mail.example.com", minute: 12),
            Self.comment(id: "4", author: "Zoé", email: "zoe@mail.example.com", minute: 13),
            Self.comment(id: "5", author: "Claire", email: "claire2@mail.example.com", minute: 14),
            Self.comment(id: "6", author: "Admin", email: "", user: "1", minute: 15),
        ].joined(separator: "\n")
        let plan = Self.plan(Self.item(id: "80", slug: "auteur", body: "Texte.", comments: comments))
        let members = plan.files.filter { $0.path.hasPrefix("comments/") }.map { file -> String in
            guard case .text(let text) = file.content else { return file.path }
            return file.path + (text.contains("\nmember: \"claire\"\n") ? " claire" : "")
        }
        #expect(members == [
            "comments/claire/auteur/2020-03-02T10-10-00-moi.md claire",
            "comments/claire/auteur/2020-03-02T10-11-00-claire.md claire",
            "comments/claire/auteur/2020-03-02T10-12-00-claire-m.md claire",
            "comments/claire/auteur/2020-03-02T10-13-00-zoe.md",
            "comments/claire/auteur/2020-03-02T10-14-00-claire.md",
            "comments/claire/auteur/2020-03-02T10-15-00-admin.md claire",
        ])
        #expect(!plan.files.contains { file in
            guard case .text(let text) = file.content else { return false }
            return text.lowercased().contains("secret") || text.contains("@mail")
        })
    }

    @Test func pagesMediaAreCopied() {
        let image = "<img src=\"https://blog.example.fr/wp-content/uploads/2020/03/portrait.jpg\" alt=\"Moi\" />"
        let page = Self.item(id: "90", slug: "a-propos", body: "C'est moi : " + image, type: "page")
        let post = Self.item(id: "91", slug: "photo", body: image)
        var options = Self.options()
        options.mediaFiles = ["2020/03/portrait.jpg": "/media/2020/03/portrait.jpg"]
        options.basePath = "/planete/"
        let blog = ImportReader.read(.wordpress, data: Self.wxr(page + "\n" + post), path: "export.xml", timeZone: TimeZone(identifier: "UTC")!)
        let plan = ImportPlanner.plan(blog, options: options)
        #expect(plan.files.filter { if case .copy = $0.content { true } else { false } } == [
            PlannedFile(path: "authors/claire/pages/a-propos/portrait.jpg", content: .copy(from: "/media/2020/03/portrait.jpg")),
            PlannedFile(path: "authors/claire/posts/2020-03-01-photo/portrait.jpg", content: .copy(from: "/media/2020/03/portrait.jpg")),
        ])
        #expect(Self.body(plan, "authors/claire/pages/a-propos/index.md") == "C'est moi : ![Moi](portrait.jpg)\n")
        #expect(plan.summary.mediaCopied == 2 && plan.summary.mediaLinked == 0)
    }

    /// An embedded tweet links its hashtags to twitter.com/hashtag/…: they are the tweet's, not the member's, and make
    /// no hashtag of the site; the member's own `#tag` in the post's text still does.
    @Test func embeddedTweetsHashtagsAreNotTheSites() throws {
        let body = """
            <p>Lu ce matin #garde :</p>
            <blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">Fermeture des urgences cette nuit <a href="https://twitter.com/hashtag/sant%C3%A9?src=hash&amp;ref_src=twsrc%5Etfw">#santé</a> <a href="https://twitter.com/hashtag/hopital?src=hash">#hopital</a></p>&mdash; Un collectif (@collectif) <a href="https://twitter.com/collectif/status/1234567890?ref_src=twsrc%5Etfw">1 mars 2020</a></blockquote>
            <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
            """
        let plan = Self.plan(Self.item(id: "70", slug: "tweet", body: body))
        let markdown = Self.body(plan, "authors/claire/posts/2020-03-01-tweet.md")
        #expect(markdown.contains("https://twitter.com/collectif/status/1234567890"), "\(markdown)")
        #expect(!markdown.contains("<script"))
        var files = TextBundle.parse(ImportTests.site)
        for file in plan.files { if case .text(let text) = file.content { files[file.path] = Data(text.utf8) } }
        let result = Fixtures.build(files)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let output = FeedValidationTests.files(result)
        #expect(output["hashtags/garde/index.html"] != nil)
        #expect(output.keys.filter { $0.hasPrefix("hashtags/") && $0.hasSuffix("/index.html") && $0 != "hashtags/index.html" }.sorted() == ["hashtags/garde/index.html"])
        let page = String(decoding: output["claire/tweet/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("Fermeture des urgences cette nuit"))
        #expect(!page.contains("<script"))
    }

    @Test func bloggerAndDotclearAuthorsLoggedOutCommentsAreTheirs() {
        let blogger = Data("""
            <?xml version='1.0' encoding='UTF-8'?>
            <feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>
            <title type='text'>Carnet</title>
            <link rel='alternate' type='text/html' href='https://carnet.blogspot.com/'/>
            <entry>
            <id>tag:blogger.com,1999:blog-9.post-1</id>
            <published>2019-02-01T09:00:00.000+01:00</published>
            <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
            <title type='text'>Garde</title><content type='html'>Texte.</content>
            <author><name>Karim B.</name><email>karim@secret.example.com</email></author>
            </entry>
            <entry>
            <id>tag:blogger.com,1999:blog-9.post-2</id>
            <published>2019-02-02T09:00:00.000+01:00</published>
            <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/>
            <title type='text'></title><content type='html'>Merci !</content>
            <author><name>Moi</name><email>Karim@Secret.example.com</email></author>
            <thr:in-reply-to ref='tag:blogger.com,1999:blog-9.post-1'/>
            </entry>
            <entry>
            <id>tag:blogger.com,1999:blog-9.post-3</id>
            <published>2019-02-03T09:00:00.000+01:00</published>
            <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/>
            <title type='text'></title><content type='html'>Bravo.</content>
            <author><name>Zoé</name><email>zoe@mail.example.com</email></author>
            <thr:in-reply-to ref='tag:blogger.com,1999:blog-9.post-1'/>
            </entry>
            </feed>
            """.utf8)
        let read = ImportReader.read(.blogger, data: blogger, path: "blog.xml", timeZone: TimeZone(identifier: "UTC")!)
        #expect(read.items.first?.comments.map(\.login) == ["Karim B.", ""])
        let dotclear = Data(#"""
            ///DOTCLEAR|2.19|single
            [user user_id,user_super,user_status,user_pwd,user_change_pwd,user_recover_key,user_name,user_firstname,user_displayname,user_email,user_url,user_desc,user_default_blog,user_options,user_lang,user_tz,user_post_status,user_creadt,user_upddt]
            "sophie","1","1","x",NULL,NULL,"Morel","Sophie","Sophie M.","sophie.secret@mail.example.com","","",NULL,NULL,"fr","UTC","-2","2008-01-01 00:00:00","2008-01-01 00:00:00"

            [post post_id,blog_id,user_id,cat_id,post_dt,post_tz,post_creadt,post_upddt,post_password,post_type,post_format,post_url,post_lang,post_title,post_excerpt,post_excerpt_xhtml,post_content,post_content_xhtml,post_notes,post_meta,post_words,post_status,post_selected,post_position,post_open_comment,post_open_tb,nb_comment,nb_trackback,post_firstpub]
            "1","default","sophie",NULL,"2012-03-08 09:30:00","UTC","2012-03-08 09:30:00","2012-03-08 09:30:00",NULL,"post","xhtml","2012/03/08/Premiere","fr","Première","","","","<p>Un.</p>",NULL,NULL,NULL,"1","0","0","1","0","0","0","1"

            [comment comment_id,post_id,comment_dt,comment_tz,comment_upddt,comment_author,comment_email,comment_site,comment_content,comment_words,comment_ip,comment_status,comment_spam_status,comment_spam_filter,comment_trackback]
            "1","1","2012-03-09 10:00:00","UTC","2012-03-09 10:00:00","Moi","Sophie.Secret@mail.example.com","","<p>Merci.</p>",NULL,"192.0.2.1","1","0",NULL,"0"
            "2","1","2012-03-09 11:00:00","UTC","2012-03-09 11:00:00","Zoé","zoe@mail.example.com","","<p>Bravo.</p>",NULL,"192.0.2.2","1","0",NULL,"0"

            """#.utf8)
        let backup = ImportReader.read(.dotclear, data: dotclear, path: "backup.txt", timeZone: TimeZone(identifier: "UTC")!)
        #expect(backup.items.first?.comments.map(\.login) == ["sophie", ""])
    }
}
