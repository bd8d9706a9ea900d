import Foundation
import PlanetMarkdown
import PlanetXML
import Testing

/// Engine HTML → Markdown: exact pairs, and the round trip (the Markdown rendered gives the sanitized original).
@Suite struct HTMLMarkdownTests {
    static let pairs: [(html: String, markdown: String)] = [
        ("<p>Un <strong>gras</strong>, un <em>italique</em> et <del>barré</del>.</p>", "Un **gras**, un *italique* et ~~barré~~."),
        ("<p>a</p>\n\n<p>b</p>", "a\n\nb"),
        ("<h2>Titre</h2><h4>Petit</h4>", "## Titre\n\n#### Petit"),
        ("<p><a href=\"https://x.org/a b\" title=\"Le &quot;lien&quot;\">lien</a></p>", "[lien](<https://x.org/a b> \"Le \\\"lien\\\"\")"),
        ("<p><img src=\"https://x.org/i.png\" alt=\"Une [image]\"></p>", "![Une \\[image\\]](https://x.org/i.png)"),
        ("<ul><li>un</li><li>deux<ul><li>trois</li></ul></li></ul>", "- un\n- deux\n  - trois"),
        ("<ol start=\"3\"><li>c</li><li>d</li></ol>", "3. c\n4. d"),
        ("<blockquote><p>Cité</p><p>encore</p></blockquote>", "> Cité\n>\n> encore"),
        ("<pre><code class=\"language-swift\">let a = \"```\"\n</code></pre>", "````swift\nlet a = \"```\"\n````"),
        ("<p>Du <code>code `x`</code> ici</p>", "Du `` code `x` `` ici"),
        ("<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1 | 2</td><td><em>x</em></td></tr></tbody></table>",
         "| A | B |\n| --- | --- |\n| 1 \\| 2 | *x* |"),
        ("<table><tr><td colspan=\"2\">fusion</td></tr></table>", "<table><tr><td colspan=\"2\">fusion</td></tr></table>"),
        ("<figure><img src=\"a.png\" alt=\"\"><figcaption>Légende</figcaption></figure>",
         "<figure><img src=\"a.png\" alt=\"\"><figcaption>Légende</figcaption></figure>"),
        ("<p>* pas une liste, 1. ni ceci, #pas un titre, &amp;amp; &lt;b&gt; _x_ [y]</p>",
         "\\* pas une liste, 1. ni ceci, #pas un titre, \\&amp; \\<b\\> \\_x\\_ \\[y\\]"),
        ("<p>- tiret</p><p>1. un</p><p># titre</p>", "\\- tiret\n\n1\\. un\n\n\\# titre"),
        ("<p>ligne<br>suivante<br></p>", "ligne\\\nsuivante"),
        ("<p><em>\"cité\"</em> et <strong> espacé </strong>fin</p>", "<em>\"cité\"</em> et **espacé** fin"),
        ("<!-- wp:paragraph --><p>Gutenberg</p><!-- /wp:paragraph -->", "Gutenberg"),
        ("<div class=\"wp-block-group\"><p>dans un groupe</p></div>", "dans un groupe"),
        ("<p>Attention!<a href=\"https://x.org\">lien</a></p>", "Attention\\![lien](https://x.org)"),
        ("<p><span class=\"rouge\">rouge</span> et <sup>2</sup></p>", "<span class=\"rouge\">rouge</span> et <sup>2</sup>"),
        ("<pre>a\n\nb</pre><div id=\"x\"><p>un</p>\n\n<p>deux</p></div>", "```\na\n\nb\n```\n\n<div id=\"x\"><p>un</p>&#10;\n<p>deux</p></div>"),
        ("<p>#santé et #déserts</p>", "#santé et #déserts"),
        ("<p><strong>Edit:</strong> corrigé. <em>Vraiment ?</em><br>Fin <strong>là.</strong></p>", "**Edit:** corrigé. *Vraiment ?*\\\nFin **là.**"),
        ("<p><strong>Note:</strong>suite et <em>a.</em>b</p>", "<strong>Note:</strong>suite et <em>a.</em>b"),
        ("<ul><li>un</li><ul><li>deux</li></ul><li>trois</li></ul>", "- un\n  - deux\n- trois"),
        ("<figure class=\"wp-block-image\"><a href=\"https://x.org/a.png\"><img src=\"a.png\" alt=\"Vue\"></a></figure>",
         "[![Vue](a.png)](https://x.org/a.png)"),
        ("<iframe src=\"https://video.example.net/embed/1_2\" allowfullscreen></iframe>",
         "[video.example.net](https://video.example.net/embed/1_2)"),
    ]

    @Test(arguments: pairs.indices)
    func convertsExactly(index: Int) {
        #expect(HTMLMarkdown.markdown(Self.pairs[index].html) == Self.pairs[index].markdown)
    }

    @Test func headingsMoveTogetherSoThatTheBodyStartsBelowThePageTitle() {
        let html = "<h3>Avant</h3><p>a</p><h4>Détail</h4><blockquote><h3>Cité</h3></blockquote><h1 id=\"x\">Haut</h1>"
        #expect(HTMLMarkdown.markdown(html, options: .init(topHeadingLevel: 2))
            == "#### Avant\n\na\n\n##### Détail\n\n> #### Cité\n\n<h2 id=\"x\">Haut</h2>")
        #expect(HTMLMarkdown.markdown("<h3>Seul</h3>", options: .init(topHeadingLevel: 2)) == "## Seul")
        #expect(HTMLMarkdown.markdown("<h3>Tel quel</h3>") == "### Tel quel")
    }

    @Test func commentsKeepTextWithoutRawHTML() {
        let html = "<p>Voir <span class=\"x\">ceci</span></p><figure><img src=\"a.png\" alt=\"\"><figcaption>Légende</figcaption></figure>"
        #expect(HTMLMarkdown.markdown(html, options: .init(rawHTML: false)) == "Voir ceci\n\nLégende")
    }

    @Test func rewritesURLs() {
        let html = "<p><a href=\"https://old.example/p.png\"><img src=\"https://old.example/p.png\" srcset=\"https://old.example/p-2x.png 2x\"></a></p>"
        let markdown = HTMLMarkdown.markdown(html, options: .init { $0 == "https://old.example/p.png" ? "p.png" : $0 })
        #expect(markdown == "[![](p.png)](p.png)")
    }

    /// The Markdown of each pair (but embedded players, which become links, a list written inside a list, which becomes
    /// its item's, and a figure without caption, which becomes its content), rendered as a member's post, gives the HTML
    /// that sanitizing the original gives
    /// (whitespace beside tags, smart punctuation, paragraphs inside list items, `code` inside `pre` and a final `<br>` aside).
    @Test(arguments: pairs.indices.filter { !pairs[$0].html.contains("<iframe") && !pairs[$0].html.contains("</li><ul>")
        && !pairs[$0].html.contains("wp-block-image") })
    func roundTrips(index: Int) {
        let html = Self.pairs[index].html
        #expect(Self.normalized(HTMLMarkdown.markdown(html), markdown: true) == Self.normalized(html, markdown: false))
    }

    static func visibleText(_ html: String) -> String {
        var text = HTMLText.plain(HTMLSanitizer.sanitize(html, options: .init(addHeadingIDs: false)))
        for (curly, straight) in [("’", "'"), ("‘", "'"), ("“", "\""), ("”", "\""), ("—", "---"), ("–", "--")] {
            text = text.replacingOccurrences(of: curly, with: straight)
        }
        return text.filter { !$0.isWhitespace }
    }

    static func normalized(_ text: String, markdown: Bool) -> String {
        let html = markdown ? MarkdownRenderer.render(text, trust: .member, firstParagraph: false, hashtags: false).html : text
        let sanitized = HTMLSanitizer.sanitize(html, options: .init(addHeadingIDs: false))
        var result = sanitized.replacing(/\s+/, with: " ").replacing(/\ ?(<[^>]+>)\ ?/) { $0.output.1 }
        for (curly, straight) in [("’", "'"), ("‘", "'"), ("“", "\""), ("”", "\""), ("&quot;", "\"")] {
            result = result.replacingOccurrences(of: curly, with: straight)
        }
        return result.replacing(/(<br>)+(?=<\/(p|li|td|th|h[1-6])>)/, with: "").replacing(/<\/?(div|p|code)>/, with: "")
    }

    /// Hostile and broken HTML (the sanitizer's fuzz seeds, nesting past libxml2's limit) converts without a crash, keeps
    /// its visible text (embedded players become the same links, with the same labels, either way), and what the Markdown renders is still made safe
    /// by the sanitizer.
    @Test func hostileHTMLConverts() throws {
        let seeds = Fixtures.repository.appendingPathComponent("Fuzz/corpus/sanitizer")
        var inputs = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted().map {
            String(decoding: try Data(contentsOf: seeds.appendingPathComponent($0)), as: UTF8.self)
        }
        inputs += [String(repeating: "<blockquote><ul><li>", count: 400), String(repeating: "<em>", count: 5000) + "x",
                   "<p><a href=\"javascript:alert(1)\" onclick=\"x()\">x</a><script>alert(1)</script></p>", "<table><tr><td>"]
        for html in inputs {
            let rendered = MarkdownRenderer.render(HTMLMarkdown.markdown(html), trust: .member, firstParagraph: false).html
            #expect(HTMLSanitizer.audit(HTMLSanitizer.sanitize(rendered)).isEmpty)
            #expect(Self.visibleText(rendered) == Self.visibleText(html))
        }
    }
}
