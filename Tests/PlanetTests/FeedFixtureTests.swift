import Foundation
import PlanetCore
import PlanetFetch
import PlanetXML
import Testing

/// Feeds of every class of issue 15 served on the loopback server with the headers each needs, fetched by `planet
/// fetch`'s path (HTTP, encoding, parse, merge): the exact title, link, date and content of each cached entry, and
/// the encoding the feed was read in.
@Suite struct FeedFixtureTests {
    typealias Entry = FeedFixture.Entry
    static let date = "Sun, 04 Jan 2004 16:29:06 GMT"
    static let iso = "2004-01-04T16:29:06Z"

    static func item(_ title: String, link: String = "https://fixture.example/1", date: String = date, description: String) -> String {
        "<item><title>\(title)</title><link>\(link)</link><pubDate>\(date)</pubDate><description>\(description)</description></item>"
    }

    static let entities: [FeedFixture] = [
        FeedFixture("entities", "html-entities-in-the-xml", FeedFixture.rss(
            item("testing &aacute; entity", description: "Caf&eacute; cr&egrave;me &hellip; &nbsp;!")),
            entries: [Entry(title: "testing á entity", link: "https://fixture.example/1", published: iso, content: "Café crème … \u{A0}!")]),
        FeedFixture("entities", "entities-in-escaped-html", FeedFixture.rss(
            item("Caf&amp;eacute; &amp;amp; cr&amp;egrave;me", description: "&lt;p&gt;Caf&amp;eacute; &amp;amp; th&amp;eacute;&lt;/p&gt;")),
            entries: [Entry(title: "Café & crème", link: "https://fixture.example/1", published: iso, content: "<p>Caf&eacute; &amp; th&eacute;</p>")]),
        FeedFixture("entities", "html5-only-entities", FeedFixture.atom("""
            <entry><id>urn:e:1</id><title type="html">&amp;bigstar; &amp;apos;&amp;NotEqualTilde;&amp;apos;</title>\
            <link href="https://fixture.example/1"/><published>\(iso)</published>\
            <content type="html">&lt;p&gt;&amp;bigstar; &amp;hellip;&lt;/p&gt;</content></entry>
            """), type: "application/atom+xml",
            entries: [Entry(title: "★ '≂̸'", link: "https://fixture.example/1", published: iso, content: "<p>&#9733; &hellip;</p>")]),
        FeedFixture("entities", "entities-the-dtd-declares", FeedFixture.rss(
            item("&planete; &eacute;t&eacute;", description: "&planete;"),
            head: "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY planete \"Planète\">]>\n"),
            entries: [Entry(title: "Planète été", link: "https://fixture.example/1", published: iso, content: "Planète")]),
        FeedFixture("entities", "numeric-references", FeedFixture.rss(
            item("&#233;&#xE9;&#8217;", description: "&#x2603;")),
            entries: [Entry(title: "éé’", link: "https://fixture.example/1", published: iso, content: "☃")]),
        FeedFixture("entities", "uppercase-hex-joiners-and-no-break-spaces", FeedFixture.rss(
            item("A&#X42;  &zwj;C &laquo;&nbsp;D&nbsp;&raquo;", description: "x")),
            entries: [Entry(title: "AB \u{200D}C «\u{A0}D\u{A0}»", link: "https://fixture.example/1", published: iso, content: "x")]),
    ]

    static let ampersands: [FeedFixture] = [
        FeedFixture("ampersand", "bare-ampersands-in-an-rss-link", FeedFixture.rss(
            item("Tom & Jerry", link: "https://fixture.example/?a=1&b=2&c", description: "R&D")),
            entries: [Entry(title: "Tom & Jerry", link: "https://fixture.example/?a=1&b=2&c", published: iso, content: "R&D")]),
        FeedFixture("ampersand", "bare-ampersand-in-an-atom-href", FeedFixture.atom("""
            <entry><id>urn:a:1</id><title>AT&T &foo; &amp; co</title><link href="https://fixture.example/?a=1&b=2"/>\
            <published>\(iso)</published><content type="html">&lt;a href="/x?a=1&amp;amp;b=2"&gt;x&lt;/a&gt;</content></entry>
            """), type: "application/atom+xml",
            entries: [Entry(title: "AT&T &foo; & co", link: "https://fixture.example/?a=1&b=2", published: iso,
                            content: "<a href=\"{base}/x?a=1&amp;b=2\">x</a>")]),
    ]

    static let charsets: [FeedFixture] = [
        .encoded("charset", "koi8r-header-only", type: "application/rss+xml; charset=koi8-r", encoding: "koi8-r", title: "Привет, мир"),
        .encoded("charset", "shiftjis-header-only", type: "text/xml; charset=Shift_JIS", encoding: "shift_jis", title: "こんにちは世界"),
        .encoded("charset", "utf8-header-over-latin1-declaration", type: "application/xml; charset=\"UTF-8\"", encoding: "utf-8", title: "Crème brûlée"),
        .encoded("charset", "cp1251-declared", type: "text/xml", encoding: "windows-1251", title: "Здравствуйте"),
        .encoded("charset", "utf16le-bom-over-header", type: "application/xml; charset=iso-8859-1", encoding: "utf-16le", title: "Ça va ? “oui”"),
    ]

    static let c1Controls: [FeedFixture] = [
        .encoded("c1", "latin1-declared-cp1252-bytes", type: "application/rss+xml", encoding: "windows-1252", title: "L’été “chaud” – 10 €"),
        .encoded("c1", "ascii-declared-cp1252-bytes", type: "application/rss+xml", encoding: "windows-1252", title: "Les “guillemets”"),
        .encoded("c1", "latin1-declared-cp1252-bytes", name: "latin1-charset-cp1252-bytes", type: "text/xml; charset=ISO-8859-1", encoding: "windows-1252", title: "L’été “chaud” – 10 €"),
    ]

    static let c1References: [FeedFixture] = [
        FeedFixture("c1", "c1-characters-and-references", FeedFixture.rss(
            item("don\u{92}t &#146; &#x93;oui&#x94;", description: "l&amp;#146;&amp;#X85;")),
            entries: [Entry(title: "don’t ’ “oui”", link: "https://fixture.example/1", published: iso, content: "l&#8217;&#8230;")]),
    ]

    static let encodings: [FeedFixture] = [
        .encoded("encodings", "ebcdic-cp037", type: "application/xml", encoding: "cp037", title: "Café crème"),
        .encoded("encodings", "ebcdic-ibm500", type: "application/xml", encoding: "cp500", title: "Bière [pression]"),
        .encoded("encodings", "ebcdic-cp1140", type: "application/xml", encoding: "cp1140", title: "Prix : 5 €"),
        .encoded("encodings", "macintosh", type: "application/xml", encoding: "macintosh", title: "Café ’ fin"),
        .encoded("encodings", "mac-cyrillic", type: "application/xml", encoding: "x-mac-cyrillic", title: "Привет"),
        .encoded("encodings", "mac-greek", type: "application/xml", encoding: "x-mac-greek", title: "Καλημέρα"),
        .encoded("encodings", "cp861-python-alias", type: "application/xml", encoding: "cp861", title: "Ísland Ç"),
        .encoded("encodings", "cp437-bare-number", type: "application/xml", encoding: "cp437", title: "Café ½ °"),
        .encoded("encodings", "cp866-bare-number", type: "application/xml", encoding: "ibm866", title: "Привет"),
        .encoded("encodings", "utf16le-no-bom", type: "application/xml", encoding: "utf-16le", title: "Résumé ☃"),
        .encoded("encodings", "utf16be-no-bom-no-label", type: "application/xml", encoding: "utf-16be", title: "Résumé ☃"),
        .encoded("encodings", "utf32be-no-bom", type: "application/xml", encoding: "utf-32be", title: "Résumé ☃"),
        .encoded("encodings", "utf32le-no-bom", type: "application/xml", encoding: "utf-32le", title: "Résumé ☃"),
        .encoded("encodings", "utf8-with-stray-cp1252", type: "application/rss+xml", encoding: "utf-8", title: "Café “serré” déjà"),
    ]

    static let titles: [FeedFixture] = [
        FeedFixture("titles", "script-in-an-html-title", FeedFixture.atom("""
            <entry><id>urn:t:1</id><title type="html">safe&lt;script&gt;location.href='https://evil.example/'&lt;/script&gt; description</title>\
            <link href="https://fixture.example/1"/><published>\(iso)</published><content>Texte</content></entry>
            """), type: "application/atom+xml",
            entries: [Entry(title: "safe description", link: "https://fixture.example/1", published: iso, content: "Texte")]),
        FeedFixture("titles", "script-and-style-in-an-rss-title", FeedFixture.rss(
            item("&lt;b&gt;Gras&lt;/b&gt; et &lt;style&gt;b{color:red}&lt;/style&gt;maigre&lt;script&gt;alert(1)&lt;/script&gt;", description: "x")),
            entries: [Entry(title: "Gras et maigre", link: "https://fixture.example/1", published: iso, content: "x")]),
        FeedFixture("titles", "the-item-title-wins-over-media-title", FeedFixture.rss("""
            <item xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\
            <media:title>Titre du média</media:title><atom:link rel="self" href="https://fixture.example/self"/>\
            <title>Le vrai titre</title><link>https://fixture.example/1</link><pubDate>\(date)</pubDate>\
            <media:description>Description du média</media:description><description>La vraie</description></item>
            """),
            entries: [Entry(title: "Le vrai titre", link: "https://fixture.example/1", published: iso, content: "La vraie")]),
        FeedFixture("titles", "a-title-that-is-not-html", FeedFixture.rss(item("a &lt; b &amp;&amp; c", description: "x")),
            entries: [Entry(title: "a < b && c", link: "https://fixture.example/1", published: iso, content: "x")]),
    ]

    static let base64: [FeedFixture] = [
        FeedFixture("base64", "atom-0.3-base64-title-and-content", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Atom 0.3</title>
            <entry><id>urn:b:1</id><title type="text/plain" mode="base64">\(Data("Planète & base64".utf8).base64EncodedString())</title>\
            <link rel="alternate" type="text/html" href="https://fixture.example/1"/><issued>2004-01-04T16:29:06Z</issued>\
            <content type="text/html" mode="base64">\(Data("<p>Contenu <em>décodé</em></p>".utf8).base64EncodedString())</content></entry>
            </feed>
            """, type: "application/atom+xml",
            entries: [Entry(title: "Planète & base64", link: "https://fixture.example/1", published: iso, content: "<p>Contenu <em>décodé</em></p>")]),
        FeedFixture("base64", "atom-1.0-octet-stream-title", FeedFixture.atom("""
            <entry><id>urn:b:2</id><title type="application/octet-stream">\(Data("Example <b>Atom</b>".utf8).base64EncodedString())</title>\
            <link href="https://fixture.example/1"/><published>\(iso)</published><content>x</content></entry>
            """), type: "application/atom+xml",
            entries: [Entry(title: "Example <b>Atom</b>", link: "https://fixture.example/1", published: iso, content: "x")]),
    ]

    static let channelless: [FeedFixture] = [
        FeedFixture("channel-less", "items-directly-under-rss", """
            <?xml version="1.0"?>
            <rss version="0.91"><title>Sans canal</title>
            \(item("Premier", link: "https://fixture.example/1", description: "Un"))
            \(item("Second", link: "https://fixture.example/2", date: "Mon, 05 Jan 2004 16:29:06 GMT", description: "Deux"))
            </rss>
            """,
            entries: [
                Entry(title: "Second", link: "https://fixture.example/2", published: "2004-01-05T16:29:06Z", content: "Deux"),
                Entry(title: "Premier", link: "https://fixture.example/1", published: iso, content: "Un"),
            ]),
    ]

    static let cdf: [FeedFixture] = [
        FeedFixture("channel-less", "cdf-channel", """
            <?xml version="1.0"?>
            <CHANNEL HREF="https://fixture.example/" BASE="https://fixture.example/"><TITLE>CDF</TITLE>
            <ITEM HREF="1" LASTMOD="2004-01-04T16:29:06Z"><TITLE>Élément</TITLE><ABSTRACT>Résumé</ABSTRACT></ITEM>
            </CHANNEL>
            """, type: "application/x-cdf",
            entries: [Entry(title: "Élément", link: "https://fixture.example/1", published: nil, content: "Résumé")]),
    ]

    static let dates: [FeedFixture] = [
        ("us-zone", "Sun, 04 Jan 2004 08:29:06 PT", iso), ("gmt-offset", "Sun, 04 Jan 2004 15:28:06 GMT-01:01", iso),
        ("etc-gmt", "Sun, 04 Jan 2004 16:29:06 Etc/GMT", iso), ("asctime", "Sun Jan  4 16:29:06 2004", iso),
        ("partial-w3dtf", "2004-01", "2004-01-01T00:00:00Z"), ("impossible-time", "1:2:3:4", nil),
    ].map { name, text, expected in
        FeedFixture("dates", name, FeedFixture.rss("""
            <item xmlns:dc="http://purl.org/dc/elements/1.1/"><title>Daté</title><link>https://fixture.example/1</link>\
            <dc:date>\(text)</dc:date><description>x</description></item>
            """), entries: [Entry(title: "Daté", link: "https://fixture.example/1", published: expected, content: "x")])
    }

    /// What planet does better than feedparser, kept.
    static let standards: [FeedFixture] = [
        FeedFixture("standards", "an-atom-id-is-not-a-link", FeedFixture.atom("""
            <entry><id>https://fixture.example/id/1</id><title>Sans lien</title><published>\(iso)</published><content>x</content></entry>
            """), type: "application/atom+xml",
            entries: [Entry(title: "Sans lien", link: "", published: iso, content: "x")]),
        FeedFixture("standards", "content-location-is-not-a-base", FeedFixture.atom("""
            <entry><id>urn:s:1</id><title>Relatif</title><link href="billet"/><published>\(iso)</published>\
            <content type="html">&lt;a href="page"&gt;p&lt;/a&gt;</content></entry>
            """), type: "application/atom+xml", headers: ["Content-Location": "https://elsewhere.example/dir/"],
            entries: [Entry(title: "Relatif", link: "{base}/billet", published: iso, content: "<a href=\"{base}/page\">p</a>")]),
        FeedFixture("standards", "an-invalid-w3dtf-time-is-refused", FeedFixture.atom("""
            <entry><id>urn:s:2</id><title>Heure 25</title><link href="https://fixture.example/1"/><published>2004-01-04T25:14:55Z</published>\
            <content>x</content></entry>
            """), type: "application/atom+xml",
            entries: [Entry(title: "Heure 25", link: "https://fixture.example/1", published: nil, content: "x")]),
    ]

    static let all = entities + ampersands + charsets + c1Controls + c1References + encodings + titles + base64 + channelless + cdf + dates + standards

    static let now = FeedDate.parse("2025-03-01T12:00:00Z")!

    @Test(arguments: all)
    func fixture(_ fixture: FeedFixture) async throws {
        let server = try FeedServer(routes: ["/feed": { _, _ in FeedServer.body(fixture.body, type: fixture.contentType, headers: fixture.headers) }])
        defer { server.stop() }
        let fetcher = FeedFetcher(client: HTTPClient(limits: FetchLimits(timeout: 10), addressPolicy: AddressPolicy(allowPrivateAddresses: true)), now: Self.now)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planet-fixture-\(UUID().uuidString)")
        let outcome = await offPool {
            fetcher.fetch(authorID: "alice", subscription: FeedSubscription(url: server.url("/feed")), cached: nil, imagesFolder: folder)
        }
        #expect(outcome.status == .updated)
        #expect(outcome.encoding == fixture.encoding)
        let base = server.url("")
        let entries = (outcome.cache?.entries ?? []).map { entry in
            Entry(title: entry.title, link: entry.link, published: entry.published.map { ISO8601DateFormatter().string(from: $0) },
                  content: entry.contentHTML)
        }
        let expected = fixture.entries.map { entry in
            Entry(title: entry.title, link: entry.link.replacingOccurrences(of: "{base}", with: base), published: entry.published,
                  content: entry.content.replacingOccurrences(of: "{base}", with: base))
        }
        #expect(entries == expected)
    }
}
