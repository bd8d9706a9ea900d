import Foundation
import PlanetCore
import Testing

/// The one "did you mean" of planet: unknown keys, `reply_to` and subcommands all ask it.
@Suite struct DidYouMeanTests {
    @Test func countsSwapsAsOneEdit() {
        #expect(DidYouMean.editDistance("titel", "title") == 1)
        #expect(DidYouMean.editDistance("biuld", "build") == 1)
        #expect(DidYouMean.editDistance("tag", "tags") == 1)
        #expect(DidYouMean.editDistance("", "date") == 4)
        #expect(DidYouMean.editDistance("kitten", "sitting") == 3)
        #expect(DidYouMean.editDistance("été", "ete") == 2)
    }

    @Test func suggestsOnlyCloseNames() {
        let keys = ["title", "date", "updated", "tags", "summary", "draft", "slug", "comments"]
        #expect(DidYouMean.phrase(for: "titel", among: keys) == "did you mean `title`?")
        #expect(DidYouMean.phrase(for: "tag", among: keys) == "did you mean `tags`?")
        #expect(DidYouMean.phrase(for: "summery", among: keys) == "did you mean `summary`?")
        #expect(DidYouMean.phrase(for: "author", among: keys) == nil)
        #expect(DidYouMean.phrase(for: "x", among: ["y"]) == nil)
        #expect(DidYouMean.phrase(for: "title", among: ["title"]) == nil)
        #expect(DidYouMean.closest(to: "2024-03-01T10-00-00-jeane", among: ["2024-03-01T10-00-00-jeanne", "2024-03-01T11-00-00-alice"])
            == "2024-03-01T10-00-00-jeanne")
        #expect(DidYouMean.closest(to: "2024-03-05T18-30-00-marc", among: ["2024-03-01T10-00-00-jeanne"]) == nil)
    }

    @Test func breaksTiesInCodePointOrder() {
        #expect(DidYouMean.closest(to: "cat", among: ["cut", "bat", "cot"]) == "bat")
        #expect(DidYouMean.closest(to: "cat", among: ["cot", "cut", "bat"]) == "bat")
    }
}
