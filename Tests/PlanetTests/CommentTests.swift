import Foundation
import PlanetBuild
import PlanetCore
import Testing

/// Comments: threads, moderation states, members and post authors, closed posts, and every error located.
@Suite struct CommentTests {
    static let bundle = (try? Fixtures.text(of: "comments.site")) ?? ""

    func html(_ result: PlanetBuild.BuildPipeline.Result, _ path: String) -> String {
        guard case .data(let data)? = result.files.first(where: { $0.path == path })?.content else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func threadsNestThreeLevelsOldestFirst() throws {
        let result = Fixtures.build(bundle: Self.bundle)
        #expect(result.diagnostics.map(\.rendered) == [
            "comments/alice/fil/2024-03-02T10-00-00-orphelin.md:1:1: warning: the comment this replies to is not published; it is shown at the top level",
        ])
        let page = html(result, "alice/fil/index.html")
        let ids = ["bob", "jeanne", "alice", "paul", "orphelin"].map { name in
            page.range(of: "<article id=\"comment-2024-03-0")
                .flatMap { _ in page.range(of: "-\(name)\" class=\"comment") }?.lowerBound
        }
        let positions = try ids.map { try #require($0) }
        #expect(positions == positions.sorted())
        let jeanne = try #require(page.range(of: "-jeanne\" class=\"comment"))
        let paul = try #require(page.range(of: "-paul\" class=\"comment"))
        let between = page[jeanne.upperBound..<paul.lowerBound]
        #expect(between.components(separatedBy: "<article").count - 1 == 2, "alice's reply and paul's own article open between")
        #expect(!between.contains("</article>"), "paul is nested inside jeanne's and alice's articles")
        #expect(page.contains("comment--post-author"))
        #expect(page.contains("<span class=\"comment__author p-author h-card\"><a class=\"u-url p-name\" href=\"/bob/\">Bob Durand</a></span>"), "a member's comment is shown as theirs")
        #expect(page.contains("<span class=\"avatar avatar--initials\" aria-hidden=\"true\">J</span>"))
        #expect(page.contains("5 commentaires"))
    }

    @Test func pendingAndSpamNeverAppear() {
        let result = Fixtures.build(bundle: Self.bundle)
        for file in result.files {
            guard case .data(let data) = file.content else { continue }
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("MOTEN-ATTENTE") && !text.contains("MOT-POURRIEL"), "\(file.path)")
        }
        #expect(result.site?.commentsByPost["/alice/fil/"]?.count == 5)
    }

    @Test func commentFeedsAreValid() throws {
        let result = Fixtures.build(bundle: Self.bundle)
        let paths = Set(result.files.map(\.path))
        #expect(paths.contains("comments.xml"))
        #expect(paths.contains("alice/fil/comments.xml"))
        #expect(!paths.contains("alice/ferme/comments.xml"))
        try FeedValidationTests.checkRules(FeedValidationTests.files(result))
        #expect(html(result, "index.html").contains("Un fil de discussion"))
    }

    @Test func snapshot() throws {
        try Snapshot.assertMatches(Fixtures.build(bundle: Self.bundle).files, named: "comments")
    }

    /// Each broken comment gives one located error.
    @Test(arguments: [
        ("comments/alice/absent/2024-03-02T10-00-00-x.md", "---\nauthor: X\ndate: 2024-03-02\n---\nx\n",
         "comments/alice/absent/2024-03-02T10-00-00-x.md:1:1: error: comment on a post that does not exist: no post `absent` by member `alice`"),
        ("comments/alice/fil/2024-03-02T10-00-00-x.md", "---\nauthor: X\ndate: 2024-03-02\nreply_to: personne\n---\nx\n",
         "comments/alice/fil/2024-03-02T10-00-00-x.md:4:11: error: `reply_to: personne` names no comment on this post"),
        ("comments/alice/fil/2024-03-02T10-00-00-x.md", "---\nauthor: X\ndate: 2024-03-02\nreply_to: 2024-03-01T10-00-00-jeane\n---\nx\n",
         "comments/alice/fil/2024-03-02T10-00-00-x.md:4:11: error: `reply_to: 2024-03-01T10-00-00-jeane` names no comment on this post; did you mean `2024-03-01T10-00-00-jeanne`?"),
        ("comments/alice/fil/2024-03-02T10-00-00-x.md", "---\ndate: 2024-03-02\n---\nx\n",
         "comments/alice/fil/2024-03-02T10-00-00-x.md:2:1: error: missing `author`: the name of whoever wrote the comment"),
        ("comments/alice/fil/2024-03-02T10-00-00-x.md", "---\nauthor: X\n---\nx\n",
         "comments/alice/fil/2024-03-02T10-00-00-x.md:2:1: error: missing `date`: when it was written, such as `2012-10-03` or `2012-10-03 09:15`"),
        ("comments/alice/fil/2024-03-02T10-00-00-x.md", "---\nauthor: X\ndate: 2024-13-02\n---\nx\n",
         "comments/alice/fil/2024-03-02T10-00-00-x.md:3:7: error: invalid date `2024-13-02`: there is no month 13"),
        ("comments/alice/ferme/2024-03-06T10-00-00-x.md", "---\nauthor: X\ndate: 2024-03-06\n---\nx\n",
         "comments/alice/ferme/2024-03-06T10-00-00-x.md:1:1: error: comments are closed on this post (`comments: false`); this comment is not shown"),
    ])
    func brokenComment(path: String, text: String, expected: String) {
        var files = TextBundle.parse(Self.bundle)
        files[path] = Data(text.utf8)
        let errors = Fixtures.build(files).diagnostics.filter { $0.severity == .error }
        #expect(errors.map { $0.rendered.components(separatedBy: "\n")[0] } == [expected])
    }

    @Test func whereReplyToIsWrittenSurvivesTheBuildCache() {
        let mark = SourceMark(
            location: SourceLocation(path: "comments/alice/fil/x.md", line: 4, column: 11), excerpt: "reply_to: personne")
        let comment = Comment(
            id: "x", postAuthorID: "alice", postSlug: "fil", authorName: "X", date: Date(timeIntervalSince1970: 0),
            replyTo: "personne", replyToMark: mark, sourcePath: "comments/alice/fil/x.md")
        let cache = BuildCache(entries: [1: .comment(comment, []), 2: .comment(Comment(
            id: "y", postAuthorID: "alice", postSlug: "fil", authorName: "Y", date: Date(timeIntervalSince1970: 0),
            sourcePath: "comments/alice/fil/y.md"), [])])
        #expect(BuildCache(decoding: cache.encoded)?.entries == cache.entries)
    }

    @Test func replyCyclesAreErrors() {
        var files = TextBundle.parse(Self.bundle)
        files["comments/alice/fil/2024-03-03T10-00-00-a.md"] = Data("---\nauthor: A\ndate: 2024-03-03\nreply_to: 2024-03-03T11-00-00-b\n---\na\n".utf8)
        files["comments/alice/fil/2024-03-03T11-00-00-b.md"] = Data("---\nauthor: B\ndate: 2024-03-03\nreply_to: 2024-03-03T10-00-00-a\n---\nb\n".utf8)
        let errors = Fixtures.build(files).diagnostics.filter { $0.severity == .error }.map(\.location.path)
        #expect(errors == ["comments/alice/fil/2024-03-03T10-00-00-a.md", "comments/alice/fil/2024-03-03T11-00-00-b.md"])
    }
}
