import Foundation
import PlanetConsole
import PlanetCore
@testable import PlanetRender
import Testing

/// Large numbers are grouped the way the language of the text groups them, whatever the machine's locale:
/// the command line speaks English, the site speaks its own language.
@Suite struct NumberGroupingTests {
    @Test func messagesGroupThousandsTheEnglishWay() {
        #expect(BuildSummary.count(1_113, "page") == "1,113 pages")
        #expect(BuildSummary.count(1_234_567, "file") == "1,234,567 files")
        #expect(BuildSummary.count(999, "post") == "999 posts")
        #expect(BuildSummary.count(1, "author") == "1 author")
        #expect(BuildSummary.count(0, "error") == "0 errors")
    }

    @Test func frenchPagesGroupThousandsWithANarrowNoBreakSpace() {
        let french = InterfaceStrings(values: ["posts_other": "{count} billets"], locale: Locale(identifier: "fr"))
        #expect(french.plural("posts", count: 1_113) == "1\u{202F}113 billets")
        let english = InterfaceStrings(values: ["posts_other": "{count} posts"], locale: Locale(identifier: "en"))
        #expect(english.plural("posts", count: 1_113) == "1,113 posts")
    }
}
