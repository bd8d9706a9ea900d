import Foundation
import PlanetCore
@testable import PlanetRender
import Testing

@Suite struct TextSubstitutionTests {
    /// Each placeholder is replaced once: a value is never read again for placeholders.
    @Test func interfaceStringsReplacePlaceholdersOnce() {
        let strings = InterfaceStrings(values: ["k": "{a} et {b}, {inconnu} { fin}"], locale: Locale(identifier: "fr"))
        #expect(strings.format("k", ["a": "{b}", "b": "B"]) == "{b} et B, {inconnu} { fin}")
        #expect(strings.format("k", [:]) == "{a} et {b}, {inconnu} { fin}")
        #expect(strings.format("absent", ["a": "x"]) == "absent")
    }

    @Test func hashtagMarkersBecomeLinks() {
        let html = ##"<p><a href="#planet-hashtag-1">#Un</a> # <a href="#planet-hashtag-0">#Zéro</a> <a href="#planet-hashtag-9">#x</a></p>"##
        #expect(HashtagLinks.resolve(html, links: ["/h/zero/", "/h/un/"])
            == ##"<p><a href="/h/un/">#Un</a> # <a href="/h/zero/">#Zéro</a> <a href="#planet-hashtag-9">#x</a></p>"##)
        #expect(HashtagLinks.resolve("<p>#planet-hashtag-0 sans lien</p>", links: ["/h/zero/"]) == "<p>#planet-hashtag-0 sans lien</p>")
        #expect(HashtagLinks.resolve("#", links: ["/h/zero/"]) == "#")
    }
}
