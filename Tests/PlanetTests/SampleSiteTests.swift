import Foundation
import PlanetBuild
import PlanetCore
import PlanetLoad
import Testing

/// The demo community builds with no error and no warning but its letter to 2031, and its feeds follow RFC 4287's rules
/// (`FeedValidationTests` validates them against the schema).
@Suite struct SampleSiteTests {
    @Test func buildsCleanlyWithValidFeeds() throws {
        let (input, loadDiagnostics) = try SiteLoader.load(folder: Fixtures.sampleSite.path)
        let result = PlanetBuild.BuildPipeline.run(input, loadDiagnostics: loadDiagnostics, options: .init(now: Fixtures.now))
        // The one warning: the letter dated in 2031 on purpose, left out until then.
        #expect(result.diagnostics.map(\.message) == ["post dated 2031-05-01 is left out until then; `planet build --drafts` shows it now"])
        #expect(result.diagnostics.map(\.location.path) == ["authors/sophie-lefevre/posts/2031-05-01-lettre-a-nous-memes.md"])
        let site = try #require(result.site)
        #expect(site.authors.count >= 6)
        #expect(site.posts.count >= 25)
        #expect(!site.posts.contains { $0.isDraft })
        #expect(site.pages.contains { $0.name == "a-propos" })
        #expect(try FeedValidationTests.checkRules(FeedValidationTests.files(result)) > 50)
    }

    @Test func everyHashtagInTheTextIsLinked() throws {
        let (input, loadDiagnostics) = try SiteLoader.load(folder: Fixtures.sampleSite.path)
        let site = try #require(PlanetBuild.BuildPipeline.run(input, loadDiagnostics: loadDiagnostics, options: .init(now: Fixtures.now)).site)
        let linkCount = { (html: String) in html.components(separatedBy: "<a class=\"hashtag\" href=\"/hashtags/").count - 1 }
        var hashtags = 0
        for post in site.posts {
            #expect(linkCount(post.contentHTML) == post.hashtags.count, "\(post.sourcePath)")
            hashtags += post.hashtags.count
        }
        for comment in site.commentsByPost.values.joined() {
            #expect(linkCount(comment.contentHTML) == comment.hashtags.count, "\(comment.sourcePath)")
            hashtags += comment.hashtags.count
        }
        #expect(hashtags > 50)
        #expect(site.hashtag(named: "helpmedicalcommunity") != nil)
        print("sample-site: \(hashtags) hashtags linked, \(site.hashtags.count) distinct")
    }
}
