import Foundation
import PlanetCore
import PlanetMarkdown
import PlanetParse
import PlanetSite
import PlanetXML
import Testing

@Suite struct SlugTests {
    @Test func foldsFrenchAccents() {
        #expect(Slug.make("Médecine générale") == "medecine-generale")
        #expect(Slug.make("L'œil du MG !") == "l-oeil-du-mg")
        #expect(Slug.make("  ÉDUCATION   thérapeutique ") == "education-therapeutique")
        #expect(Slug.make("日本") == "")
    }

    @Test func groupingKeyJoinsSpellings() {
        let keys = ["santé", "Santé", "SANTÉ", "sante", "sante\u{301}"].map(Slug.groupingKey)
        #expect(Set(keys).count == 1)
        #expect(Slug.groupingKey("Médecine  générale") == Slug.groupingKey("médecine generale"))
    }
}

@Suite struct DateParserTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    @Test func readsTheThreeForms() throws {
        #expect(try DateParser.parse("2012-10-03", timeZone: paris).get() == Date(timeIntervalSince1970: 1_349_215_200))
        #expect(RFC3339.string(try DateParser.parse("2012-10-03 09:15", timeZone: paris).get()) == "2012-10-03T07:15:00Z")
        #expect(RFC3339.string(try DateParser.parse("2012-10-03T09:15:00+02:00", timeZone: .gmt).get()) == "2012-10-03T07:15:00Z")
        #expect(RFC3339.string(try DateParser.parse("2012-10-03T09:15:30.5Z", timeZone: paris).get()) == "2012-10-03T09:15:30Z")
        #expect(RFC3339.string(try DateParser.parse("2024-01-15 12:00", timeZone: paris).get()) == "2024-01-15T11:00:00Z")
    }

    @Test func refusesImpossibleDates() {
        #expect(DateParser.parse("2012-02-30", timeZone: paris) == .failure(.impossible("day 30 does not exist: month 2 of 2012 has 29 days")))
        #expect(DateParser.parse("2013-13-01", timeZone: paris) == .failure(.impossible("there is no month 13")))
        #expect(DateParser.parse("2012-10-03 25:00", timeZone: paris) == .failure(.impossible("the time must be between 00:00:00 and 23:59:59")))
        #expect(DateParser.parse("le 3 octobre", timeZone: paris) == .failure(.malformed))
        #expect(DateParser.parse("2012-10-03T09:15:00+02:00 extra", timeZone: paris) == .failure(.malformed))
    }
}

@Suite struct RFC3339Tests {
    @Test func formatsInUTC() {
        #expect(RFC3339.string(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(RFC3339.string(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        #expect(RFC3339.string(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    }
}

@Suite struct TextDecodingTests {
    @Test func locatesTheFirstInvalidByte() throws {
        let bytes = Data("ligne 1\nlé".utf8) + Data([0xFF]) + Data("\n".utf8)
        let failure = try #require(TextDecoding.decode(path: "x.md", bytes: bytes).failureValue)
        #expect(failure.location == PlanetCore.SourceLocation(path: "x.md", line: 2, column: 3))
        #expect(failure.message.hasPrefix("invalid UTF-8: byte 0xFF"))
    }

    @Test func refusesEmptyAndBinaryFiles() throws {
        #expect(try #require(TextDecoding.decode(path: "e.md", bytes: Data()).failureValue).message == "empty file")
        let binary = try #require(TextDecoding.decode(path: "b.md", bytes: Data([0x89, 0x50, 0x00, 0x01])).failureValue)
        #expect(binary.message.hasPrefix("binary file"))
    }

    @Test func normalizesLineEndings() throws {
        let text = try TextDecoding.decode(path: "c.md", bytes: Data("a\r\nb\r\n".utf8)).get()
        #expect(text.text == "a\nb\n")
    }
}

@Suite struct FrontMatterTests {
    @Test func splitsYAMLFromBody() throws {
        let split = try FrontMatter.split(SourceText(path: "p.md", text: "---\ntitle: A\n---\nBody\n")).get()
        #expect(split == FrontMatter(yaml: "title: A", yamlFirstLine: 2, body: "Body\n", bodyFirstLine: 4))
    }

    @Test func reportsMissingAndUnclosedFrontMatter() throws {
        let missing = try #require(FrontMatter.split(SourceText(path: "p.md", text: "# Titre\n")).failureValue)
        #expect(missing.message.hasPrefix("missing front matter"))
        let unclosed = try #require(FrontMatter.split(SourceText(path: "p.md", text: "---\ntitle: A\n")).failureValue)
        #expect(unclosed.message.hasPrefix("front matter is not closed"))
    }
}

@Suite struct MarkdownRendererTests {
    @Test func rendersCommonMarkWithSmartPunctuation() {
        let rendering = MarkdownRenderer.render("Un *essai* -- \"cité\"\nsuite.\n\nSecond.", trust: .member)
        #expect(rendering.html == "<p>Un <em>essai</em> – “cité”\nsuite.</p>\n<p>Second.</p>\n")
        #expect(rendering.firstParagraph == "Un essai – “cité” suite.")
    }

    @Test func visitorsRawHTMLIsTextAndImagesAreLinks() {
        let rendering = MarkdownRenderer.render("Hop <b>x</b> ![chat](https://cdn.example/c.png)\n\n<div>bloc</div>\n", trust: .visitor)
        #expect(rendering.html == "<p>Hop &lt;b&gt;x&lt;/b&gt; <a href=\"https://cdn.example/c.png\">chat</a></p>\n<p>&lt;div&gt;bloc&lt;/div&gt;</p>\n")
    }
}

@Suite struct HTMLSanitizerTests {
    func clean(_ html: String, host: String? = "planete.example.org") -> String {
        HTMLSanitizer.sanitize(html, options: .init(addHeadingIDs: true, localHost: host))
    }

    @Test func removesScriptsHandlersAndDangerousURLs() {
        #expect(clean("<p onclick=\"x()\">a<script>alert(1)</script></p>") == "<p>a</p>")
        #expect(clean("<a href=\"javascript:alert(1)\">x</a>") == "<a>x</a>")
        #expect(clean("<a href=\"JaVa&#x09;Script:alert(1)\">x</a>") == "<a>x</a>")
        #expect(clean("<a href=\" vbscript:x\">x</a>") == "<a>x</a>")
        #expect(clean("<img src=\"data:text/html,x\" alt=\"a\">") == "")
        #expect(clean("<iframe src=\"javascript:x\"></iframe><object></object><form><input></form>ok") == "ok")
        #expect(clean("<p style=\"color:red\">x</p><style>p{}</style>") == "<p>x</p>")
        #expect(clean("<svg><script>alert(1)</script></svg><math><mi>x</mi></math>") == "")
    }

    @Test func keepsSafeMarkupAndRasterDataImages() {
        #expect(clean("<p><a href=\"/alice/\" title=\"t\">a</a> <em>é</em></p>") == "<p><a href=\"/alice/\" title=\"t\">a</a> <em>é</em></p>")
        #expect(clean("<img src=\"data:image/png;base64,AAAA\" alt=\"pixel\">") == "<img src=\"data:image/png;base64,AAAA\" alt=\"pixel\">")
        #expect(clean("<img src=\"photo.jpg\">") == "<img src=\"photo.jpg\" alt=\"\">")
        #expect(clean("<pre><code class=\"language-python\">x</code></pre>") == "<pre tabindex=\"0\"><code class=\"language-python\">x</code></pre>")
    }

    @Test func givesHeadingsUniqueIDs() {
        #expect(clean("<h2>Déserts médicaux</h2><h2>Déserts médicaux</h2><h3 id=\"x\">Y</h3><h2>Comments</h2>")
            == "<h2 id=\"deserts-medicaux\">Déserts médicaux</h2><h2 id=\"deserts-medicaux-2\">Déserts médicaux</h2><h3 id=\"x\">Y</h3><h2 id=\"comments-2\">Comments</h2>")
    }

    @Test func outsideImagesBecomeLinks() {
        #expect(clean("<p><img src=\"https://tracker.example.com/p.png\" alt=\"Logo\"></p>")
            == "<p><a href=\"https://tracker.example.com/p.png\">Logo</a></p>")
        #expect(clean("<p><img src=\"https://planete.example.org/a.png\" alt=\"\"></p>")
            == "<p><img src=\"https://planete.example.org/a.png\" alt=\"\"></p>")
    }

    @Test func isAFixedPoint() {
        let once = clean("<p>a<b>b<i>c</b>d</i><scr<script>ipt>alert(1)</script></p><h2>T</h2>")
        #expect(clean(once) == once)
        #expect(!once.contains("<script"))
    }
}

@Suite struct XMLWriterTests {
    @Test func escapesAndRemovesForbiddenCharacters() {
        let writer = XMLWriter()
        writer.element("t", "a < b & \"c\" ]]> \u{0}\u{1}\u{FFFE}ok", attributes: ["x": "1 < 2 \" \u{8}"])
        #expect(writer.finish() == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<t x=\"1 &lt; 2 &quot; \">a &lt; b &amp; &quot;c&quot; ]]&gt; ok</t>\n")
    }
}

@Suite struct DiagnosticTests {
    @Test func rendersInTheCompilersForm() {
        let source = SourceText(path: "authors/a/posts/x.md", text: "---\ntitle: [\n---\n")
        let diagnostic = source.error("invalid YAML: oops", line: 2, column: 8)
        #expect(diagnostic.rendered == "authors/a/posts/x.md:2:8: error: invalid YAML: oops\ntitle: [\n       ^")
    }

    @Test func sortsByPathLineAndColumn() {
        let a = Diagnostic.error("b", at: .init(path: "a.md", line: 2, column: 1))
        let b = Diagnostic.error("a", at: .init(path: "a.md", line: 10, column: 1))
        let c = Diagnostic.warning("c", at: .init(path: "B.md", line: 1, column: 1))
        #expect([b, a, c].sorted() == [c, a, b])
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

@Suite struct TypographyTests {
    @Test func curlsApostrophesAfterLetters() {
        #expect(Typography.apostrophes("je m'installe à l'hôpital") == "je m’installe à l’hôpital")
        #expect(Typography.apostrophes("'cité' 90's") == "'cité’ 90's")
    }
}

@Suite struct HTMLURLResolverTests {
    @Test func makesRelativeURLsAbsolute() {
        let base = "https://planete.example.org/alice/tournee/"
        #expect(HTMLURLResolver.resolve("<p><img src=\"carte.svg\" alt=\"\"> <a href=\"#a\">a</a> <a href=\"/bob/\">b</a></p>", against: base)
            == "<p><img src=\"https://planete.example.org/alice/tournee/carte.svg\" alt=\"\"> <a href=\"https://planete.example.org/alice/tournee/#a\">a</a> <a href=\"https://planete.example.org/bob/\">b</a></p>")
        #expect(HTMLURLResolver.resolve("<p>Sans lien.</p>\n", against: base) == "<p>Sans lien.</p>\n")
    }
}

@Suite struct ByteSearchTests {
    @Test func findsUTF8Needles() {
        #expect("<p><a href=\"/x\">x</a></p>".utf8Contains("href="))
        #expect(!"<p>src est ailleurs</p>".utf8Contains("src="))
        #expect("Médecine ＃santé".utf8Contains("＃"))
        #expect("abc".utf8Contains(""))
        #expect(!"ab".utf8Contains("abc"))
        #expect("aab".utf8Contains("ab"), "a partial match before the real one")
        #expect("xyz".utf8Contains("z") && !"xyz".utf8Contains("zz"))
    }

    @Test func xmlSafeRemovesOnlyWhatXMLForbids() {
        #expect(XMLWriter.xmlSafe("Été\tà\r\nParis ＃tag \u{FEFF}") == "Été\tà\r\nParis ＃tag \u{FEFF}")
        #expect(XMLWriter.xmlSafe("a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}e") == "abcde")
    }
}

@Suite struct LinkTargetTests {
    let config = SiteConfig(title: "P", baseURL: "https://Planete.example.org/site")

    /// Absolute links to other hosts are answered from their bytes; the rest are resolved; both as before.
    @Test func resolvesLinksAsABrowserWould() {
        let cases: [(String, LinkTarget)] = [
            ("https://doi.org/10.1136/x#conclusion", .external),
            ("HTTPS://user@other.org:8443/a", .external),
            ("http://[::1]/", .external),
            ("https://planete.example.org.evil.org/site/alice/", .external),
            ("https://PLANETE.example.org/site/alice/billet/#suite", .site(path: "/alice/billet/", fragment: "suite")),
            ("https://me@planete.example.org:443/site/bob/", .site(path: "/bob/", fragment: nil)),
            ("https://planete.example.org/ailleurs/", .external),
            ("https://plan%65te.example.org/site/alice/", .external),
            (" https://planete.example.org/site/alice/", .site(path: "/alice/", fragment: nil)),
            ("../../bob/", .site(path: "/bob/", fragment: nil)),
            ("/ailleurs/", .outside(path: "/ailleurs/")),
            ("mailto:alice@example.org", .external),
        ]
        for (url, expected) in cases {
            #expect(LinkTarget.resolve(url, from: "/alice/billet/", config: config) == expected, "\(url)")
        }
    }
}

@Suite struct CodePointOrderTests {
    /// The same order as comparing the UTF-8 views, on prefixes, accents, astral characters and NFD forms.
    @Test func ordersByCodePoints() {
        let words = ["", "a", "ab", "a/b", "a-b", "B", "é", "e\u{301}", "é/x", "z", "\u{1F600}", "\u{FFFD}", "Éa", "comments/a/b/c.md",
                     "comments/a/b/c.mdx", "authors/é/posts/1.md", "authors/e/posts/1.md", "ﬁ", "\u{0}", "a\u{0}"]
        for left in words {
            for right in words {
                #expect(codePointOrder(left, right) == left.utf8.lexicographicallyPrecedes(right.utf8), "\(left) < \(right)")
            }
        }
    }
}
