import Foundation
import PlanetBuild
import Testing

/// The navigation marks the item a page is, with `aria-current="page"`, or the item it is under, with
/// `aria-current="true"`: a tag page is under the tags, a member's page and their posts under the members.
@Suite struct NavigationCurrentTests {
    static let result = Fixtures.build(Fixtures.withMinimalSite("""
        -- authors/alice/posts/2024-03-02-suite.md --
        ---
        title: Suite
        date: 2024-03-02
        tags: [Soins]
        ---
        Un billet #santé.

        """))

    /// The navigation's items that carry `aria-current`, with its value.
    func marked(_ path: String) -> [String] {
        guard case .data(let data)? = Self.result.files.first(where: { $0.path == path })?.content else { return ["missing"] }
        let html = String(decoding: data, as: UTF8.self)
        guard let start = html.range(of: "<nav class=\"site-nav\""), let end = html.range(of: "</nav>") else { return ["no nav"] }
        return html[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line in
            guard let mark = line.range(of: " aria-current=\"") else { return nil }
            let value = line[mark.upperBound...].prefix { $0 != "\"" }
            let label = line.split(separator: ">").dropFirst(2).first?.split(separator: "<").first ?? ""
            return "\(label): \(value)"
        }
    }

    @Test func theItemsOwnPagesArePages() {
        #expect(Self.result.succeeded, "\(Self.result.diagnostics.map(\.rendered))")
        #expect(marked("index.html") == ["Accueil: page"])
        #expect(marked("authors/index.html") == ["Membres: page"])
        #expect(marked("tags/index.html") == ["Thèmes: page"])
        #expect(marked("hashtags/index.html") == ["Hashtags: page"])
    }

    @Test func thePagesUnderAnItemMarkIt() {
        #expect(marked("tags/soins/index.html") == ["Thèmes: true"])
        #expect(marked("hashtags/sante/index.html") == ["Hashtags: true"])
        #expect(marked("alice/index.html") == ["Membres: true"])
        #expect(marked("alice/suite/index.html") == ["Membres: true"], "a post is under its member")
        #expect(marked("404.html") == [])
    }
}
