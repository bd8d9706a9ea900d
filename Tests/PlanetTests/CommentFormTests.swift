import Foundation
import PlanetCore
@testable import PlanetRender
import Testing
import Yams

/// What a post page offers a reader who wants to join the thread: the intake's origin for the CSP, and the
/// forge's "new file" editor for readers who comment by pull request.
@Suite struct CommentFormTests {
    @Test func intakeOriginIsSchemeHostAndPort() {
        #expect(CommentSettings(intake: "https://Commentaires.Example.org").intakeOrigin == "https://commentaires.example.org")
        #expect(CommentSettings(intake: "https://example.org/planete/intake").intakeOrigin == "https://example.org")
        #expect(CommentSettings(intake: "HTTP://127.0.0.1:8080").intakeOrigin == "http://127.0.0.1:8080")
        #expect(CommentSettings(intake: "https://[::1]:8443").intakeOrigin == "https://[::1]:8443")
        #expect(CommentSettings().intakeOrigin == nil)
        #expect(CommentSettings(intake: "ftp://example.org").intakeOrigin == nil)
    }

    @Test func intakeAddresses() {
        let settings = CommentSettings(intake: "https://commentaires.example.org")
        #expect(settings.commentsURL == "https://commentaires.example.org/comments")
        #expect(settings.webmentionURL == "https://commentaires.example.org/webmention")
        #expect(CommentSettings().commentsURL == nil)
        #expect(CommentSettings().webmentionURL == nil)
    }

    @Test func siteValuesSetTheCSPFormAction() {
        func site(_ config: SiteConfig) -> SiteValues {
            let empty = Site(config: config, authors: [], posts: [], pages: [], tags: [], postsByAuthor: [:], commentsByPost: [:], assets: [:])
            let strings = InterfaceStrings(values: [:], locale: Locale(identifier: "fr"))
            return ContextBuilder(site: empty, strings: strings).base(path: "/", heading: "P", description: "", feeds: []).site
        }
        let open = site(SiteConfig(title: "P", baseURL: "https://P.example.org/blog", comments: CommentSettings(intake: "https://c.example.org:8443")))
        #expect(open.formAction == "'self' https://p.example.org https://c.example.org:8443")
        #expect(open.webmentionURL == "https://c.example.org:8443/webmention")
        #expect(open.assetOrigin == "")
        #expect(open.root == "/blog")
        let shared = site(SiteConfig(title: "P", baseURL: "https://p.example.org/blog", comments: CommentSettings(intake: "https://p.example.org/intake")))
        #expect(shared.formAction == "'self' https://p.example.org")
        let closed = site(SiteConfig(title: "P", baseURL: "https://p.example.org"))
        #expect(closed.formAction == "'none'")
        #expect(closed.webmentionURL == "")
    }

    @Test func offSitePagesLinkToBaseURLAndLetItsAssetsLoad() {
        let config = SiteConfig(title: "P", baseURL: "https://p.example.org/blog", comments: CommentSettings(intake: "https://c.example.org"))
        let empty = Site(config: config, authors: [], posts: [], pages: [], tags: [], postsByAuthor: [:], commentsByPost: [:], assets: [:])
        let context = ContextBuilder(site: empty, strings: InterfaceStrings(values: [:], locale: Locale(identifier: "en")), offSite: true)
        let common = context.base(path: "/alice/x/", heading: "P", description: "", feeds: [])
        #expect(common.site.root == "https://p.example.org/blog")
        #expect(common.site.feedURL == "https://p.example.org/blog/atom.xml")
        #expect(common.site.assetOrigin == "https://p.example.org")
        #expect(common.site.formAction == "'self' https://p.example.org https://c.example.org")
        #expect(common.page.noindex == true)
        #expect(context.link("/alice/") == "https://p.example.org/blog/alice/")
    }

    @Test func theFormComesBackFilled() {
        let config = SiteConfig(title: "P", baseURL: "https://p.example.org", comments: CommentSettings(intake: "https://c.example.org"))
        let site = Site(config: config, authors: [], posts: [], pages: [], tags: [], postsByAuthor: [:], commentsByPost: [:], assets: [:])
        let context = ContextBuilder(
            site: site, strings: InterfaceStrings(values: ["comment_form_reply_label": "{name}, {date}"], locale: Locale(identifier: "en")))
        let comments = ["un", "deux"].enumerated().map { index, id in
            PlanetCore.Comment(id: id, postAuthorID: "a", postSlug: "p", authorName: id.uppercased(),
                               date: Date(timeIntervalSince1970: Double(index * 60)), sourcePath: "comments/a/p/\(id).md")
        }
        let draft = CommentDraft(name: "Zoé", website: "https://z.example", message: "Texte", answer: "7", replyTo: "deux")
        let form = CommentFormValues.form(postID: "a/p", comments: comments, context: context, draft: draft, problems: ["Trop long."], titleLevel: 2)
        #expect(form.action == "https://c.example.org/comments")
        #expect(form.replyOptions.map(\.value) == ["un", "deux"])
        #expect(form.replyOptions.map(\.selected) == [false, true])
        #expect([form.name, form.website, form.message, form.answer, form.replyTo] == ["Zoé", "https://z.example", "Texte", "7", "deux"])
        #expect(form.problems == ["Trop long."])
        #expect(form.titleLevel == 2)
        #expect(form.trapName == "planet_trap")
        let empty = CommentFormValues.form(postID: "a/p", comments: comments, context: context)
        #expect(empty.replyOptions.map(\.selected) == [false, false])
        #expect([empty.name, empty.message, empty.replyTo] == ["", "", ""] && empty.problems.isEmpty && empty.titleLevel == 3)
    }

    @Test func theReplyPageAddressEscapesItsQuery() {
        let settings = CommentSettings(intake: "https://c.example.org")
        #expect(settings.replyURL(post: "alice/bonjour", comment: "2024-03-02T10-00-00-bob")
            == "https://c.example.org/reply?post=alice/bonjour&to=2024-03-02T10-00-00-bob")
        #expect(settings.replyURL(post: "hélène/a b", comment: "x+y&z=#1") == "https://c.example.org/reply?post=h%C3%A9l%C3%A8ne/a%20b&to=x%2By%26z%3D%231")
        #expect(CommentSettings().replyURL(post: "a/b", comment: "c") == nil)
        #expect(CommentSettings.trapFieldName == "planet_trap")
    }

    static let path = "comments/hélène/fièvre/AAAA-MM-JJTHH-MM-SS-votre-nom.md"
    static let text = "---\nauthor: Hélène Œuvré\ndate: AAAA-MM-JJ HH:MM\n---\nÀ vous & à nous ?\n"
    static let encodedText = "---%0Aauthor%3A%20H%C3%A9l%C3%A8ne%20%C5%92uvr%C3%A9%0Adate%3A%20AAAA-MM-JJ%20HH%3AMM%0A---%0A%C3%80%20vous%20%26%20%C3%A0%20nous%20%3F%0A"

    @Test func githubEditor() {
        #expect(ForgeEditorLink.forge(of: "https://github.com/planete/site") == .github)
        #expect(ForgeEditorLink.url(repository: "https://github.com/planete/site/", path: Self.path, content: Self.text)
            == "https://github.com/planete/site/new/main/comments/h%C3%A9l%C3%A8ne/fi%C3%A8vre?filename=AAAA-MM-JJTHH-MM-SS-votre-nom.md&value="
            + Self.encodedText)
        #expect(ForgeEditorLink.name(of: "https://github.com/planete/site") == "GitHub")
    }

    @Test func gitlabEditor() {
        #expect(ForgeEditorLink.forge(of: "https://gitlab.com/planete/site") == .gitlab)
        #expect(ForgeEditorLink.forge(of: "https://gitlab.chu.example.org/planete/site") == .gitlab)
        #expect(ForgeEditorLink.url(repository: "https://gitlab.com/planete/site.git", path: Self.path, content: Self.text)
            == "https://gitlab.com/planete/site/-/new/main?file_name=comments%2Fh%C3%A9l%C3%A8ne%2Ffi%C3%A8vre%2FAAAA-MM-JJTHH-MM-SS-votre-nom.md&content="
            + Self.encodedText)
        #expect(ForgeEditorLink.name(of: "https://gitlab.com/planete/site") == "GitLab")
    }

    @Test func giteaLikeEditor() {
        #expect(ForgeEditorLink.forge(of: "https://codeberg.org/planete/site") == .gitea)
        #expect(ForgeEditorLink.url(repository: "https://codeberg.org/planete/site", path: Self.path, content: Self.text)
            == "https://codeberg.org/planete/site/_new/main/comments/h%C3%A9l%C3%A8ne/fi%C3%A8vre/?filename=AAAA-MM-JJTHH-MM-SS-votre-nom.md&value="
            + Self.encodedText)
        #expect(ForgeEditorLink.name(of: "https://codeberg.org/planete/site") == "codeberg.org")
    }

    @Test func noEditorWithoutAWebAddress() {
        #expect(ForgeEditorLink.url(repository: "git@github.com:planete/site.git", path: Self.path, content: Self.text) == nil)
        #expect(ForgeEditorLink.url(repository: "ssh://git.example.org/planete/site", path: Self.path, content: Self.text) == nil)
    }

    @Test func replyOptionsFollowTheThread() {
        func comment(_ id: String, _ minute: Int, replyTo: String? = nil) -> PlanetCore.Comment {
            Comment(id: id, postAuthorID: "a", postSlug: "p", authorName: id, date: Date(timeIntervalSince1970: Double(minute * 60)),
                    replyTo: replyTo, sourcePath: "comments/a/p/\(id).md")
        }
        let comments = [comment("un", 1), comment("deux", 2), comment("un-1", 3, replyTo: "un"), comment("un-1-1", 4, replyTo: "un-1"),
                        comment("deux-1", 5, replyTo: "deux"), comment("un-2", 6, replyTo: "un")]
        #expect(CommentFormValues.threadOrder(comments).map(\.id) == ["un", "un-1", "un-1-1", "un-2", "deux", "deux-1"])
    }

    /// The comment file's `reply_to:` value: the texts written plain without Yams are exactly those Yams writes plain,
    /// over comment ids and 5,000 seeded texts of letters, digits, `-` and `_` that YAML could read as something else.
    @Test func plainWordsAreWhatYamsWritesPlain() throws {
        var generator = SeededGenerator(seed: 11)
        let alphabet = Array("0123456789abcdefxABEFXnoyesgzZT-_.:")
        var texts = ["2025-03-02T10-15-00-claire", "2010-03-23T20-39-23-sophie-ide", "bonjour", "commentaire_1", "0x1f2e3d", "2025-03-02",
                     "012345", "1_000_000", "false", "FALSE_", "nullnull", "Yes", "offoff", "on-off", "-abcdefg", "_ghijk", "1e10000"]
        for _ in 0..<5_000 {
            texts.append(String((0..<Int.random(in: 1...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        var plain = 0
        for text in texts where CommentFormValues.isPlainWord(text) {
            plain += 1
            #expect(try Yams.dump(object: text).trimmingCharacters(in: .whitespacesAndNewlines) == text, "\(text)")
            #expect(try Yams.load(yaml: "reply_to: " + text) as? [String: String] == ["reply_to": text], "\(text)")
        }
        #expect(plain > 1_000)
        for text in ["2025-03-02", "0x1f2e3d", "false", "012345", "-abcdefg", "on", "a:b:cdefg", "abc.defg"] {
            #expect(!CommentFormValues.isPlainWord(text), "\(text)")
        }
        #expect(CommentFormValues.yamlScalar("2025-03-02") == "'2025-03-02'")
        #expect(CommentFormValues.yamlScalar("2025-03-02T10-15-00-claire") == "2025-03-02T10-15-00-claire")
    }
}
