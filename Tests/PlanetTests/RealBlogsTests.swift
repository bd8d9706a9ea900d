import Foundation
import PlanetBuild
import PlanetCore
import PlanetMarkdown
import PlanetXML
import Testing

/// Real blogs as they are (issue 28, §5): embedded players, other engines' syntax, French typography, colours and headings
/// that are no hashtags, wide tables, French spacing in feeds. The fixture site `realblogs.site` holds one post per item;
/// it is compared with its snapshot, and each item is checked on its own.
@Suite struct RealBlogsTests {
    static let result = Result(catching: { Fixtures.build(bundle: try Fixtures.text(of: "realblogs.site")) })

    static func file(_ path: String) throws -> String {
        let files = FeedValidationTests.files(try result.get())
        return String(decoding: try #require(files[path], "\(path)"), as: UTF8.self)
    }

    @Test func snapshotAndWarnings() throws {
        let result = try Self.result.get()
        #expect(result.diagnostics.map { "\($0.location.path):\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.stableCode)" }
            == Self.expectedWarnings)
        #expect(result.diagnostics.first { $0.location.line == 9 }?.rendered == """
            authors/alice/posts/2024-05-01-lecteurs.md:9:14: warning: an embedded player (`<iframe>`) is not published, as pages load \
            nothing from other sites: it becomes a link to what it played, if that is a web address; write that link yourself to \
            choose its words, such as `[La vidéo](https://…)`
            Et une carte <iframe src="//cartes.example.org/embed?lieu=1"></iframe> dans le texte, puis un lecteur muet :
                         ^
            """)
        #expect(result.diagnostics.contains { $0.rendered.hasPrefix("""
            authors/alice/posts/2024-05-02-autre-moteur.md:5:1: warning: `::: lead` is a markdown-it container line, which planet does \
            not read: it is left out and the text around it kept; remove the `:::` lines
            """) })
        try Snapshot.assertMatches(result.files, named: "realblogs")
    }

    static let expectedWarnings = [
        "authors/alice/posts/2024-05-01-lecteurs.md:7:1: warning: embedded-player",
        "authors/alice/posts/2024-05-01-lecteurs.md:9:14: warning: embedded-player",
        "authors/alice/posts/2024-05-01-lecteurs.md:11:6: warning: embedded-player",
        "authors/alice/posts/2024-05-01-lecteurs.md:13:1: warning: embedded-player",
        "authors/alice/posts/2024-05-02-autre-moteur.md:5:1: warning: foreign-container",
        "authors/alice/posts/2024-05-02-autre-moteur.md:7:1: warning: foreign-container",
        "authors/alice/posts/2024-05-02-autre-moteur.md:9:1: warning: foreign-shortcode",
        "authors/alice/posts/2024-05-02-autre-moteur.md:12:1: warning: foreign-attribute-list",
        "authors/alice/posts/2024-05-02-autre-moteur.md:14:13: warning: foreign-attribute-list",
        "authors/alice/posts/2024-05-02-autre-moteur.md:16:10: warning: foreign-attribute-list",
    ]

    /// Players and maps become links to what they played, in a paragraph of their own or in the text where they stood.
    @Test func embeddedPlayersBecomeLinks() throws {
        let post = try Self.file("alice/lecteurs/index.html")
        #expect(post.contains("<p>En voici la version longue\u{A0}:</p>\n<p><a href=\"https://video.example.net/embed/42\">La version longue</a></p>"))
        #expect(post.contains("Et une carte <a href=\"https://cartes.example.org/embed?lieu=1\">cartes.example.org</a> dans le texte"))
        #expect(post.contains("<div><p><a href=\"https://audio.example.net/lecteur.swf\">audio.example.net</a></p></div>"))
        #expect(!post.contains("javascript") && !post.contains("<iframe"))
        let clean = { (html: String) in HTMLSanitizer.sanitize(html, options: .init(addHeadingIDs: false, linkRel: "nofollow")) }
        #expect(clean("<iframe src=\"//x.example/v\" title=\" Ma  vidéo \"></iframe>") == "<p><a href=\"https://x.example/v\" rel=\"nofollow\">Ma vidéo</a></p>")
        #expect(clean("<p>a <iframe src=\"https://y.example/e\"></iframe> b</p>") == "<p>a <a href=\"https://y.example/e\" rel=\"nofollow\">y.example</a> b</p>")
        #expect(clean("<iframe src=\"x.html\"></iframe><object data=\"data:text/html,x\"></object>") == "")
    }

    /// Other engines' syntax: container lines and attribute lists are left out (of the post and of its summary), shortcodes
    /// stay as text; each is reported at its line. Code keeps all of them.
    @Test func otherEnginesSyntaxIsReported() throws {
        let post = try Self.file("alice/autre-moteur/index.html")
        #expect(!post.contains(":::") || post.contains("::: pas un conteneur"))
        #expect(post.contains("<p>Un chapeau écrit pour markdown-it.</p>"))
        #expect(post.contains("<p>{% youtube abc123 %}</p>"))
        #expect(post.contains("<p>Un paragraphe qui voulait une classe.</p>"))
        #expect(!post.contains("{.note}") && !post.contains("{.large}") && !post.contains("{#fin"))
        let home = try Self.file("index.html")
        #expect(home.contains("Un chapeau écrit pour markdown-it.") && !home.contains("::: lead"))

        let rendering = MarkdownRenderer.render("::: lead\nChapeau.\n:::\n\nTexte {.note}\n\n{% youtube x %}\n\n`{% y %}`", trust: .member)
        #expect(rendering.html == "<p>Chapeau.</p>\n<p>Texte</p>\n<p>{% youtube x %}</p>\n<p><code>{% y %}</code></p>\n")
        #expect(rendering.firstParagraph == "Chapeau.")
        #expect(rendering.notices.map { "\($0.line) \($0.text)" } == ["1 ::: lead", "3 :::", "5 {.note}", "7 {% youtube x %}"])
        #expect(MarkdownRenderer.render("::: lead\nx", trust: .visitor).notices.isEmpty)
    }

    /// French typography of real posts: emoticons keep their ordinary space, punctuation before a footnote reference is
    /// spaced, quotes become guillemets; times, URLs and code are left alone. Titles in feeds are spaced like pages.
    @Test func frenchTypography() throws {
        let post = try Self.file("alice/typographie/index.html")
        #expect(post.contains("C’est magique :) et drôle :D, triste :( ou complice ;-) mais perplexe :/ enfin."))
        #expect(post.contains("Faut-il se lancer\u{202F}?<sup class=\"footnote-ref\">"))
        #expect(post.contains("Il faut se lancer\u{202F}!<sup>7</sup>"))
        #expect(post.contains("Il a dit «\u{202F}oui\u{202F}» puis «\u{202F}il a dit “non”\u{202F}» à 12:30 sur <a href=\"https://x.example/a:b?c=d;e\">"))
        #expect(post.contains("<code>a ; b</code>"))
        #expect(post.contains("<h1 class=\"post__title p-name\">Typographie\u{A0}: «\u{202F}le\u{202F}» point\u{202F}?</h1>"))
        let feed = try Self.file("atom.xml")
        #expect(feed.contains("<title type=\"text\">Typographie\u{A0}: «\u{202F}le\u{202F}» point\u{202F}?</title>"))
        #expect(feed.contains("<name>Alice\u{A0}: la «\u{202F}vraie\u{202F}»</name>"))
    }

    /// CSS colours and headings written without their space are no hashtags; a word of the letters a to f is one.
    @Test func coloursAndHeadingsAreNoHashtags() throws {
        let files = FeedValidationTests.files(try Self.result.get())
        let paths: [[Substring]] = files.keys.map { $0.split(separator: "/") }
        let pages = paths.filter { (parts: [Substring]) -> Bool in parts.count == 3 && parts[0] == "hashtags" && parts[2] == "index.html" }
        let hashtags = Set(pages.map { String($0[1]) })
        #expect(hashtags == Set(["cafe", "sante"]))
        #expect(try Self.file("bob/couleurs/index.html").contains("<p>##Titre sans espace</p>"))
    }

    /// A wide table scrolls inside itself, and shows where its columns are cut without JavaScript: scroll shadows.
    @Test func wideTablesShowTheyScroll() throws {
        let css = try Self.file("css/planet.css")
        #expect(css.contains("no-repeat local") && css.contains("no-repeat scroll"))
        #expect(try Self.file("bob/couleurs/index.html").contains("<table tabindex=\"0\">"))
    }

    /// An outside entry's summary keeps its blocks apart, and its text, title and summary are spaced like a member's post,
    /// on pages and in feeds.
    @Test func outsideEntriesReadLikeNativePosts() throws {
        let content = "<p>Encore faut-il que la fibre arrive jusqu’à la ferme.</p><h2>Ce qui marche</h2>"
            + "<ul><li>Les suivis de tension ;</li><li>les résultats : \"bons\" !</li></ul>"
        let entry = OutsideEntryTests.entry("f", "Téléconsultation : mode d’emploi", published: "2024-03-03T10:00:00Z",
                                            firstSeen: "2024-03-04T10:00:00Z", content: content)
        let result = OutsideEntryTests.build(caches: [OutsideEntryTests.cache([entry], firstFetched: "2024-03-04T10:00:00Z")])
        let post = try #require(result.site?.posts.first { $0.origin != nil })
        let spaced = "Encore faut-il que la fibre arrive jusqu’à la ferme. Ce qui marche Les suivis de tension\u{202F}; les résultats\u{A0}: «\u{202F}bons\u{202F}»\u{202F}!"
        #expect(post.summary == spaced)
        #expect(OutsideEntryTests.text(result, "index.html").contains(spaced))
        #expect(post.contentHTML.contains("<li>les résultats\u{A0}: «\u{202F}bons\u{202F}»\u{202F}!</li>"))
        let feed = OutsideEntryTests.text(result, "atom.xml")
        #expect(feed.contains("<title type=\"text\">Téléconsultation\u{A0}: mode d’emploi</title>"))
        #expect(feed.contains("<summary type=\"text\">\(spaced)</summary>"))
    }
}
