@testable import PlanetImport
import Testing

/// WordPress's automatic paragraphs, as the classic editor's posts rely on them.
@Suite struct WordPressAutopTests {
    @Test func aListRightAfterALineEndsTheParagraphWithoutLineBreaksInside() {
        #expect(WordPressAutop.paragraphs("""
            Ce que j'ai appris :
            <ul>
            \t<li>une visite ;</li>
            \t<li>un café.</li>
            </ul>
            Suite.
            """) == "<p>Ce que j'ai appris :</p>\n\n<ul>\n\n<li>une visite ;</li>\n\n<li>un café.</li>\n\n</ul>\n\n<p>Suite.</p>")
    }

    @Test func blankLinesMakeParagraphsAndSingleBreaksLineBreaks() {
        #expect(WordPressAutop.paragraphs("Un\ndeux\n\nTrois") == "<p>Un<br>\ndeux</p>\n\n<p>Trois</p>")
    }

    @Test func preformattedTextAndFiguresAreKeptAsWritten() {
        #expect(WordPressAutop.paragraphs("<pre>a\n\nb</pre>\n\n<figure><img src=\"x.png\" alt=\"\">\n<figcaption>X</figcaption></figure>")
            == "<pre>a\n\nb</pre>\n\n<figure><img src=\"x.png\" alt=\"\">\n<figcaption>X</figcaption></figure>")
    }
}
