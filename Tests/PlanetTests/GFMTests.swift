import PlanetMarkdown
import PlanetXML
import Testing

/// GitHub-flavoured Markdown through cmark-gfm, as authors see it on their forge.
@Suite struct GFMRendererTests {
    func html(_ markdown: String, trust: MarkdownTrust = .member) -> String {
        MarkdownRenderer.render(markdown, trust: trust).html
    }

    @Test func tablesKeepTheirAlignmentAndDelimiterRowsStayOutOfTheText() {
        #expect(html("| a | b | c |\n|:--|--:|:-:|\n| x -- y | \"z\" | w |\n") == """
            <table>
            <thead>
            <tr>
            <th align="left">a</th>
            <th align="right">b</th>
            <th align="center">c</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="left">x – y</td>
            <td align="right">“z”</td>
            <td align="center">w</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func footnotesHaveReferencesDefinitionsAndBackReferences() {
        let rendering = MarkdownRenderer.render("Voir[^a][^b] ici.\n\n[^a]: <https://a.org/>\n[^b]: Note.\n", trust: .member)
        #expect(rendering.html == """
            <p>Voir<sup class="footnote-ref"><a href="#fn-a" id="fnref-a" data-footnote-ref>1</a></sup><sup class="footnote-ref"><a href="#fn-b" id="fnref-b" data-footnote-ref>2</a></sup> ici.</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-a">
            <p><a href="https://a.org/">https://a.org/</a> <a href="#fnref-a" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
            </li>
            <li id="fn-b">
            <p>Note. <a href="#fnref-b" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>

            """)
        #expect(rendering.firstParagraph == "Voir ici.")
    }

    @Test func strikethroughAndAutolinks() {
        #expect(html("A ~~b~~ ~c~ www.x.org/a et a@b.org, https://y.org/p.\n")
            == "<p>A <del>b</del> <del>c</del> <a href=\"http://www.x.org/a\">www.x.org/a</a> et <a href=\"mailto:a@b.org\">a@b.org</a>, <a href=\"https://y.org/p\">https://y.org/p</a>.</p>\n")
    }

    @Test func taskListItemsAreDisabledCheckboxesLabelledByTheirText() {
        #expect(html("- [ ] à faire\n- [x] fait\n\n1. [x] ample\n\n2. [ ] aussi\n") == """
            <ul>
            <li><label><input type="checkbox" disabled=""> à faire</label></li>
            <li><label><input type="checkbox" disabled="" checked=""> fait</label></li>
            </ul>
            <ol>
            <li>
            <p><label><input type="checkbox" disabled="" checked=""> ample</label></p>
            </li>
            <li>
            <p><label><input type="checkbox" disabled=""> aussi</label></p>
            </li>
            </ol>

            """)
    }

    @Test func headingAttributesSetTheIDAndLeaveTheText() {
        let rendering = MarkdownRenderer.render("# Intro\n\n## Préliminaire *court* {#preliminary}\n\n### Pas {un #bloc}\n", trust: .member)
        #expect(rendering.html == """
            <h1>Intro</h1>
            <h2 id="preliminary">Préliminaire <em>court</em></h2>
            <h3>Pas {un <a class="hashtag" href="#planet-hashtag-0">#bloc</a>}</h3>

            """)
        #expect(rendering.headingIDs == [HeadingID(id: "preliminary", line: 3, column: 1)])
        #expect(rendering.hashtags == ["bloc"])
    }

    @Test func headingAttributeBlocksMayHoldSpacesClassesAndPairs() {
        let rendering = MarkdownRenderer.render("## Un { #un }\n\n## Deux {#deux .large data=x}\n\n## Trois {#a #b}\n", trust: .member)
        #expect(rendering.html == "<h2 id=\"un\">Un</h2>\n<h2 id=\"deux\">Deux</h2>\n<h2>Trois {<a class=\"hashtag\" href=\"#planet-hashtag-0\">#a</a> <a class=\"hashtag\" href=\"#planet-hashtag-1\">#b</a>}</h2>\n")
    }

    @Test func aHeadingIDThePagesUseIsMovedWithTheLinksToIt() {
        let html = MarkdownRenderer.render("## Résultats {#main}\n\nVoir [les résultats](#main).\n", trust: .member).html
        #expect(HTMLSanitizer.sanitize(html) == "<h2 id=\"main-2\">Résultats</h2>\n<p>Voir <a href=\"#main-2\">les résultats</a>.</p>\n")
    }

    @Test func visitorsHeadingAttributesAreDroppedWithoutSettingAnID() {
        let rendering = MarkdownRenderer.render("## Titre {#main}\n", trust: .visitor)
        #expect(rendering.html == "<h2>Titre</h2>\n")
        #expect(rendering.headingIDs == [])
    }

    @Test func hashtagsNeverComeFromAddressesFootnoteLabelsDelimiterRowsOrHeadingAttributes() {
        let markdown = """
            ## Motivation {#motivation}

            #vrai www.x.org/#non https://y.org/p#non <https://z.org/#non> a#b@c.org [^#note]

            | #cellule | b |
            |---|---|
            | x | y |

            [^#note]: #dedans
            """
        #expect(MarkdownRenderer.render(markdown, trust: .member).hashtags == ["vrai", "cellule", "dedans"])
    }

    @Test func codeBlocksKeepTheirLanguageClass() {
        #expect(html("```swift\nlet x = 1\n```\n") == "<pre><code class=\"language-swift\">let x = 1\n</code></pre>\n")
    }
}

/// What the sanitizer keeps because it is inert on pages that run no script.
@Suite struct SanitizerInertTests {
    func clean(_ html: String, footnoteScope: String? = nil) -> String {
        HTMLSanitizer.sanitize(html, options: .init(addHeadingIDs: true, localHost: "planete.example.org", footnoteScope: footnoteScope))
    }

    @Test func keepsIDsAndAnchorNamesAndMovesTheThemesOwnWithTheirLinks() {
        #expect(clean("<p id=\"x\"><a name=\"old\">o</a> <a href=\"#old\">o</a> <a href=\"#x\">x</a></p>")
            == "<p id=\"x\"><a name=\"old\">o</a> <a href=\"#old\">o</a> <a href=\"#x\">x</a></p>")
        #expect(clean("<a href=\"#main\">m</a><div id=\"main\">a</div><p id=\"comment-x\"><a href=\"#comment-x\">c</a></p><h2>Main</h2>")
            == "<a href=\"#main-2\">m</a><div id=\"main-2\">a</div><p id=\"content-comment-x\"><a href=\"#content-comment-x\">c</a></p><h2 id=\"main-3\">Main</h2>")
        #expect(clean("<a name=\"x\" id=\"y\">a</a><a name=\"y\">b</a><p id=\"y\">c</p>") == "<a id=\"y\">a</a><a>b</a><p>c</p>")
    }

    @Test func footnotesAreScopedWithTheirLinksAndSurvive() {
        let html = MarkdownRenderer.render("A[^1] B[^1]\n\n[^1]: N\n", trust: .member).html
        let scoped = clean(html, footnoteScope: "s1")
        #expect(scoped == """
            <p>A<sup class="footnote-ref"><a href="#fn-s1-1" id="fnref-s1-1">1</a></sup> B<sup class="footnote-ref"><a href="#fn-s1-1" id="fnref-s1-1-2">1</a></sup></p>
            <section class="footnotes">
            <ol>
            <li id="fn-s1-1">
            <p>N <a href="#fnref-s1-1" class="footnote-backref">↩</a> <a href="#fnref-s1-1-2" class="footnote-backref">↩<sup class="footnote-ref">2</sup></a></p>
            </li>
            </ol>
            </section>

            """)
        #expect(clean(scoped, footnoteScope: "s1") == scoped)
        #expect(clean(html, footnoteScope: "s2").contains("id=\"fn-s2-1\""))
    }

    /// Any label gives an id that needs no escaping in a link, and the links (percent-encoded by cmark-gfm)
    /// follow it exactly, so that every checker, not only browsers, finds the target.
    @Test func footnoteLabelsOfAnyCharactersGiveMatchingIDs() {
        let html = MarkdownRenderer.render("A[^é] B[^\"x_y\"]\n\n[^é]: N\n[^\"x_y\"]: M\n", trust: .member).html
        let scoped = clean(html, footnoteScope: "s")
        #expect(scoped.contains("<a href=\"#fn-s-_C3_A9\" id=\"fnref-s-_C3_A9\">1</a>"), "\(scoped)")
        #expect(scoped.contains("<li id=\"fn-s-_C3_A9\">"), "\(scoped)")
        #expect(scoped.contains("<a href=\"#fn-s-_22x_5Fy_22\" id=\"fnref-s-_22x_5Fy_22\">2</a>"), "\(scoped)")
        #expect(scoped.contains("<li id=\"fn-s-_22x_5Fy_22\">"), "\(scoped)")
        #expect(clean(scoped, footnoteScope: "s") == scoped)
        #expect(HTMLSanitizer.footnoteID("fnref-a_b", scope: "s") == "fnref-s-a_5Fb")
    }

    /// A task whose text is empty once sanitized keeps its state as a character: a checkbox nothing names
    /// would be a control without a label.
    @Test func aTaskWithoutTextShowsItsStateAsACharacter() {
        let html = MarkdownRenderer.render("- [ ] <input type=\"text\" onfocus=\"x()\">\n- [x] <script>y()</script>\n- [ ] vrai\n", trust: .member).html
        #expect(clean(html) == """
            <ul>
            <li><label>☐ </label></li>
            <li><label>☑ </label></li>
            <li><label><input type="checkbox" disabled> vrai</label></li>
            </ul>

            """)
    }

    @Test func noscriptIsUnwrappedAndItsContentSanitized() {
        #expect(clean("<noscript><img src=\"/chart.png\" alt=\"Graphique\"><script>alert(1)</script><p onclick=\"x()\">a</p></noscript>")
            == "<img src=\"/chart.png\" alt=\"Graphique\"><p>a</p>")
    }

    @Test func keepsInertElements() {
        let inert = "<progress value=\"3\" max=\"10\">3</progress><meter value=\"2\" min=\"0\" max=\"4\">2</meter><kbd>k</kbd><samp>s</samp>"
            + "<var>v</var><abbr title=\"t\">a</abbr><mark>m</mark><ins>i</ins><del>d</del><s>s</s><small>s</small><sub>1</sub><sup>2</sup>"
            + "<figure><img src=\"/a.png\" alt=\"a\"><figcaption>c</figcaption></figure><details><summary>s</summary>d</details>"
        #expect(clean(inert) == inert)
    }

    @Test func mediaPlayOnlyWhatTheSiteServesWithControlsAndNoAutoplay() {
        #expect(clean("<video src=\"https://evil.example/v.mp4\" autoplay poster=\"https://evil.example/p.png\"><source src=\"https://evil.example/v.webm\"><source src=\"/v.webm\" type=\"video/webm\"></video>")
            == "<video src=\"/v.webm\" controls=\"\"></video>")
        #expect(clean("<audio src=\"https://planete.example.org/a.mp3\" autoplay loop onplay=\"x()\"></audio>")
            == "<audio src=\"https://planete.example.org/a.mp3\" loop controls=\"\"></audio>")
        #expect(clean("<video><source src=\"javascript:alert(1)\"></video>") == "<video controls=\"\"></video>")
    }

    @Test func inputsStayOnlyAsDisabledCheckboxes() {
        #expect(clean("<label><input type=\"checkbox\" name=\"n\" checked onclick=\"x()\"> fait</label><input type=\"text\" value=\"v\"><input>")
            == "<label><input type=\"checkbox\" checked disabled> fait</label>")
    }

    @Test func tableAlignmentBecomesAClass() {
        #expect(clean("<table><tr><th align=\"center\">a</th><td align=\"RIGHT\" class=\"evil\">b</td><td align=\"justify\">c</td><td class=\"align-left\">d</td></tr></table>")
            == "<table tabindex=\"0\"><tr><th class=\"align-center\">a</th><td class=\"align-right\">b</td><td>c</td><td class=\"align-left\">d</td></tr></table>")
    }
}
