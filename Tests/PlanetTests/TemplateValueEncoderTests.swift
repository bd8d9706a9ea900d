import Foundation
@testable import PlanetRender
import PlanetTemplate
import Testing

/// The typed page values become what templates see, and their fingerprints follow every field.
@Suite struct TemplateValueEncoderTests {
    struct Author: Encodable, Hashable, Sendable {
        var name: String
        var avatarURL: String
        var count: Int?
    }

    struct Item: Encodable, Hashable, Sendable {
        var title: String
        var dateISO: String
        var isNew: Bool
        var tags: [String]
        var author: Author
    }

    /// `Item` with one more field.
    struct ItemWithSubtitle: Encodable, Hashable, Sendable {
        var title: String
        var dateISO: String
        var isNew: Bool
        var tags: [String]
        var author: Author
        var subtitle: String
    }

    struct Listing: Encodable, Hashable, Sendable {
        var items: [Shared<Item>]
    }

    struct InlineListing: Encodable, Hashable, Sendable {
        var items: [Item]
    }

    let item = Item(title: "Mon billet", dateISO: "2012-10-03T07:15:00Z", isNew: true, tags: ["santé"],
                    author: Author(name: "Alice", avatarURL: ""))

    @Test func encodesFieldsInOrderInSnakeCaseLeavingOutAbsentOptionals() throws {
        let value = try TemplateValueEncoder().encode(item)
        let author = TemplateObject([("name", .string("Alice")), ("avatar_url", .string(""))])
        #expect(value == .object(TemplateObject([
            ("title", .string("Mon billet")), ("date_iso", .string("2012-10-03T07:15:00Z")), ("is_new", .bool(true)),
            ("tags", .list([.string("santé")])), ("author", .object(author)),
        ])))
        guard case .object(let object) = value else { return }
        #expect(object.keys == ["title", "date_iso", "is_new", "tags", "author"])
    }

    @Test func namesInSnakeCase() {
        let names = ["t", "avatarURL", "dateISO", "ogImageAbs", "commentsFeedURL", "planetPostItem", "navHome", "urlAbs", "contentHTML"]
        #expect(names.map(TemplateValueEncoder.snakeCase) == [
            "t", "avatar_url", "date_iso", "og_image_abs", "comments_feed_url", "planet_post_item", "nav_home", "url_abs", "content_html",
        ])
    }

    /// Fingerprints are kept between builds: this one must not change unless the encoding or the hash does
    /// (then every page is rendered again once, which is the point of noticing it here).
    @Test func fingerprintIsTheSameOnEveryRun() {
        #expect(EncodedValue(encoding: item).fingerprint == 8_152_676_755_816_719_946)
    }

    @Test func anAddedFieldOrAChangedValueChangesTheFingerprint() {
        let base = EncodedValue(encoding: item).fingerprint
        let withSubtitle = ItemWithSubtitle(title: item.title, dateISO: item.dateISO, isNew: item.isNew, tags: item.tags,
                                            author: item.author, subtitle: "")
        #expect(EncodedValue(encoding: withSubtitle).fingerprint != base)
        var changed = item
        changed.author.count = 1
        #expect(EncodedValue(encoding: changed).fingerprint != base)
        changed = item
        changed.isNew = false
        #expect(EncodedValue(encoding: changed).fingerprint != base)
        changed = item
        changed.tags = []
        #expect(EncodedValue(encoding: changed).fingerprint != base)
    }

    /// A shared value is encoded once, yet the page's fingerprint is the one of the tree it renders.
    @Test func sharedValuesGiveTheFingerprintOfTheTree() {
        let other = Item(title: "Autre", dateISO: "", isNew: false, tags: [], author: Author(name: "Bob", avatarURL: "/bob/a.png", count: 2))
        let shared = EncodedValue(encoding: Listing(items: [Shared(item), Shared(other)]))
        let inline = EncodedValue(encoding: InlineListing(items: [item, other]))
        #expect(shared.value == inline.value)
        #expect(shared.fingerprint == inline.fingerprint)
        #expect(shared.fingerprint == shared.value.fingerprint)
    }

    @Test func mergedValuesAreOneObjectWhoseAdditionWins() throws {
        let merged = Merged(Author(name: "Alice", avatarURL: "/a.png"), Author(name: "Alice B.", avatarURL: "", count: 3))
        #expect(try TemplateValueEncoder().encode(merged) == .object(TemplateObject([
            ("name", .string("Alice B.")), ("avatar_url", .string("")), ("count", .int(3)),
        ])))
    }

    /// A page value of the site: a field's change reaches the page's fingerprint with no other edit.
    @Test func aPageValueFingerprintFollowsItsFields() {
        let summary = PostSummary(
            title: "Mon billet", url: "/alice/mon-billet/", dateISO: "2012-10-03T07:15:00Z", dateDisplay: "3 octobre 2012",
            summary: "", tags: [TagLink(name: "santé", url: "/tags/sante/")], commentCount: 0, hasComments: false,
            invitesComments: true, commentLabel: "Aucun commentaire", commentsURL: "/alice/mon-billet/#comments",
            author: AuthorSummary(id: "alice", name: "Alice", url: "/alice/", avatarURL: "", initials: "A"))
        let page = HomePage(posts: [Shared(summary)], conversations: [], pagination: nil)
        var changed = summary
        changed.author.initials = "AL"
        let changedPage = HomePage(posts: [Shared(changed)], conversations: [], pagination: nil)
        #expect(EncodedValue(encoding: page).fingerprint != EncodedValue(encoding: changedPage).fingerprint)
        #expect(EncodedValue(encoding: page).fingerprint == EncodedValue(encoding: page).fingerprint)
    }
}
