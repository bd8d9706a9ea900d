import Foundation
@testable import PlanetMarkdown
import Testing

/// The checks for other engines' markup that run on every text of every post: the same answers as Foundation's,
/// without its `NSString` round trip.
@Suite struct ForeignSyntaxTests {
    @Test(arguments: [
        "", " ", "\t", ":::", "  ::: lead\t", "\u{00A0}::: note\u{202F}", "\u{2009}\u{3000}texte\u{1680}", "a\nb ", "\n::: \n",
        " \u{0301}é ", "\u{200B}:::\u{200B}", "\u{FEFF} x", "tab\tinside", "\t\u{00A0}\t", "\u{205F}\u{2000}\u{200A}\u{200C}", "\u{180E}x\u{85}",
    ])
    func trimsAsFoundationDoes(text: String) {
        #expect(ForeignSyntax.trimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func findsTheMarkupOfOtherEngines() {
        let rendered = MarkdownRenderer.render(
            "::: lead\nTexte {% include note.html %} gardé.\n:::\n\nUn paragraphe {.note}\n\n10 % de 50 {pas une liste}\n",
            trust: .member)
        #expect(rendered.html == "<p>Texte {% include note.html %} gardé.</p>\n<p>Un paragraphe</p>\n<p>10 % de 50 {pas une liste}</p>\n")
        #expect(rendered.notices.map(\.kind) == [.shortcode, .containerFence, .containerFence, .attributeList], "by line: the tag on its paragraph's")
    }
}
