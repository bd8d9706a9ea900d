import Foundation
import PlanetFetch
import PlanetFiles
import PlanetMentions
import PlanetParse
import PlanetXML
import Testing

/// Webmentions' pure stages: which targets are the site's posts, the syntactic checks, which addresses are
/// public, the page's reading, the excerpt and its Markdown escaping.
@Suite struct MentionCheckTests {
    static let post = MentionPost(author: "claire-martin", slug: "visites")
    static let site = MentionSite(baseURL: "https://planete.example.org/blog", openPosts: [post],
                                  aliases: ["/blog/2019/05/visites.html": post])

    @Test func targetsNameThePostInTheirToleratedForms() {
        for url in ["https://planete.example.org/blog/claire-martin/visites/", "https://planete.example.org/blog/claire-martin/visites",
                    "https://planete.example.org/blog/claire-martin/visites/index.html", "https://PLANETE.example.org/blog/claire-martin/visites/#c",
                    "http://planete.example.org/blog/claire-martin/visites/?utm=x", "https://planete.example.org:443/blog/claire-martin/visites/",
                    "https://planete.example.org/blog/2019/05/visites.html"] {
            #expect(Self.site.post(at: url) == Self.post, "\(url)")
        }
        for url in ["https://planete.example.org/claire-martin/visites/", "https://other.example.org/blog/claire-martin/visites/",
                    "https://planete.example.org:8443/blog/claire-martin/visites/", "https://planete.example.org/blog/claire-martin/autre/",
                    "https://planete.example.org/blog/claire-martin/../claire-martin/visites/", "ftp://planete.example.org/blog/claire-martin/visites/",
                    "https://planete.example.org/blog/", "https://planete.example.org/blog/claire-martin/visites/extra/"] {
            #expect(Self.site.post(at: url) == nil, "\(url)")
        }
    }

    @Test func aSiteTakesMentionsOnItsPublishedPostsWithOpenComments() throws {
        let (input, _) = Fixtures.input(Fixtures.withMinimalSite("""
            -- authors/alice/posts/2024-03-02-ferme.md --
            ---
            title: Fermé
            date: 2024-03-02
            comments: false
            ---
            Non.
            -- authors/alice/posts/2024-03-03-brouillon.md --
            ---
            title: Brouillon
            date: 2024-03-03
            draft: true
            ---
            Pas encore.
            -- authors/alice/posts/2024-03-04-ancien.md --
            ---
            title: Ancien
            date: 2024-03-04
            aliases: [/2019/ancien.html]
            ---
            Déplacé.
            """))
        let content = try #require(SiteParser.parse(input).0)
        let site = MentionSite(content: content)
        #expect(site.pages == ["alice/bonjour/index.html": MentionPost(author: "alice", slug: "bonjour"),
                               "alice/ancien/index.html": MentionPost(author: "alice", slug: "ancien"),
                               "2019/ancien.html": MentionPost(author: "alice", slug: "ancien")])
    }

    @Test func checksRejectWithAReason() {
        let target = "https://planete.example.org/blog/claire-martin/visites/"
        #expect(MentionCheck.check(source: "https://ailleurs.example.net/a", target: target, site: Self.site)
            == .success(MentionRequest(source: "https://ailleurs.example.net/a", target: target, post: Self.post)))
        #expect(MentionCheck.check(source: "javascript:alert(1)", target: target, site: Self.site) == .failure(.invalidSource))
        #expect(MentionCheck.check(source: "https://a.example.net/", target: "/claire-martin/visites/", site: Self.site) == .failure(.invalidTarget))
        #expect(MentionCheck.check(source: target, target: target, site: Self.site) == .failure(.sameURL))
        #expect(MentionCheck.check(source: "https://a.example.net/", target: "https://planete.example.org/blog/x/y/", site: Self.site)
            == .failure(.unknownTarget))
        #expect(MentionRejection.unknownTarget.reason == "target is not a post of this site that takes comments")
        #expect(MentionRejection.notStored("disk full").isClientError == false)
    }

    @Test func onlyPublicAddressesAreFetched() {
        let refused: [[UInt8]] = [
            [127, 0, 0, 1], [10, 1, 2, 3], [172, 16, 0, 1], [172, 31, 255, 255], [192, 168, 1, 1], [169, 254, 169, 254],
            [100, 64, 0, 1], [0, 0, 0, 0], [224, 0, 0, 1], [255, 255, 255, 255], [198, 18, 0, 1],
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],  // ::1
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],  // ::
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 127, 0, 0, 1],  // ::ffff:127.0.0.1
            [0xFE, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],  // fe80::1
            [0xFD, 0x12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],  // fd12::1
            [0xFF, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],  // ff02::1
            [0x20, 0x02, 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],  // 6to4 of 10.0.0.1
            [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0, 192, 168, 0, 1],  // NAT64 of 192.168.0.1
        ]
        for address in refused { #expect(!IPAddressRange.isPublic(address), "\(address)") }
        let accepted: [[UInt8]] = [
            [93, 184, 216, 34], [172, 32, 0, 1], [100, 128, 0, 1],
            [0x2A, 0x01, 0x04, 0xF8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 93, 184, 216, 34],
        ]
        for address in accepted { #expect(IPAddressRange.isPublic(address), "\(address)") }
        #expect(!IPAddressRange.isPublic([1, 2, 3]))
    }

    @Test func theAddressPolicyResolvesHostsAndLiterals() {
        let policy = AddressPolicy()
        #expect(policy.refusal(for: URL(string: "http://127.0.0.1:8080/")!) == .refused("127.0.0.1 has a private, loopback or link-local address"))
        #expect(policy.refusal(for: URL(string: "http://localhost/")!) == .refused("localhost has a private, loopback or link-local address"))
        #expect(policy.refusal(for: URL(string: "http://[::1]/")!) == .refused("::1 has a private, loopback or link-local address"))
        #expect(policy.refusal(for: URL(string: "http://93.184.216.34/")!) == nil)
        #expect(AddressPolicy(trustedHosts: ["LOCALHOST"]).refusal(for: URL(string: "http://localhost/")!) == nil)
        #expect(AddressPolicy(allowPrivateAddresses: true).refusal(for: URL(string: "http://10.0.0.1/")!) == nil)
    }

    @Test func aPageIsReadForItsLinksTitleAndEntry() {
        let page = HTMLPageSummary.read("""
            <!doctype html><html><head><title> Un  billet </title><base href="/sub/"><script>var t = "<a href='/x'>";</script></head>
            <body><p></p><p>Premier <b>paragraphe</b>.</p>
            <article class="h-entry"><h1 class="p-name">Réponse</h1>
            <a class="p-author h-card" href="https://ailleurs.example.net/"><img class="u-photo" src="me.jpg" alt=""><span class="p-name">Léa B.</span></a>
            <div class="e-content">Je cite <a href="https://planete.example.org/a/b/">ce billet</a><img src="i.png"></div>
            <div class="h-cite"><span class="p-name">Pas moi</span></div></article>
            <object data="o.svg"></object><blockquote cite="https://q.example/"></blockquote></body></html>
            """)
        #expect(page.title == "Un billet")
        #expect(page.baseHref == "/sub/")
        #expect(page.firstParagraph == "Premier paragraphe.")
        #expect(page.links == ["https://ailleurs.example.net/", "me.jpg", "https://planete.example.org/a/b/", "i.png", "o.svg", "https://q.example/"])
        #expect(page.entry == HTMLEntry(name: "Réponse", summary: nil, content: "Je cite ce billet", authorName: "Léa B."))
    }

    @Test func aPageIsReadInTheEncodingItsServerNames() {
        let latin1 = Data([0x3C, 0x70, 0x3E, 0x45, 0x74, 0xE9, 0x3C, 0x2F, 0x70, 0x3E])  // <p>Eté</p>
        #expect(HTMLPageSummary.read(latin1, contentType: "text/html; charset=ISO-8859-1").firstParagraph == "Eté")
        #expect(HTMLPageSummary.read(Data("<p>Été</p>".utf8), contentType: "text/html").firstParagraph == "Été")
    }

    @Test func anExcerptComesFromTheEntryElseTheTitleAndFirstParagraph() {
        let entry = HTMLPageSummary(baseHref: nil, links: [], title: "Page", firstParagraph: "Para",
                                    entry: HTMLEntry(name: nil, summary: "Résumé\u{7}", content: "Contenu", authorName: "  Léa\nB. "))
        #expect(MentionExcerpt(page: entry, host: "h.example") == MentionExcerpt(author: "Léa B.", title: "Page", text: "Résumé"))
        let plain = HTMLPageSummary(baseHref: nil, links: [], title: "", firstParagraph: "Para", entry: nil)
        #expect(MentionExcerpt(page: plain, host: "h.example") == MentionExcerpt(author: "h.example", title: nil, text: "Para"))
        let long = String(repeating: "mot ", count: 200)
        let excerpt = MentionExcerpt(page: HTMLPageSummary(baseHref: nil, links: [], title: "", firstParagraph: long, entry: nil), host: "h")
        #expect(excerpt.text == String(repeating: "mot ", count: 125).dropLast() + "…")
        let word = String(repeating: "x", count: 600)
        #expect(MentionExcerpt(page: HTMLPageSummary(baseHref: nil, links: [], title: "", firstParagraph: word, entry: nil), host: "h").text
            == String(repeating: "x", count: 500) + "…")
    }

    @Test func markdownSpecialCharactersAreEscaped() {
        #expect(MarkdownEscape.escaped("Bonjour : l’été, c’est 50 % (vrai) ?") == "Bonjour : l’été, c’est 50 % (vrai) ?")
        #expect(MarkdownEscape.escaped("[x](javascript:alert(1)) ![i](http://t/p.gif) <script>*a* _b_ `c` ~d~ a|b &amp; \\")
            == "\\[x\\](javascript:alert(1)) \\!\\[i\\](http\\://t/p.gif) \\<script\\>\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ a\\|b \\&amp; \\\\")
        #expect(MarkdownEscape.escaped("# titre") == "\\# titre")
        #expect(MarkdownEscape.escaped("- item") == "\\- item")
        #expect(MarkdownEscape.escaped("1986. Une année") == "1986\\. Une année")
        #expect(MarkdownEscape.escaped("12) point") == "12\\) point")
        #expect(MarkdownEscape.escaped("voir www.example.com ou a@b.example") == "voir www\\.example.com ou a@\u{2060}b.example")
        #expect(MarkdownEscape.escaped("a\nb") == "a b")
    }
}
