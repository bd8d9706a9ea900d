import Foundation
import PlanetBuild
import PlanetCore
import PlanetFiles
@testable import PlanetIntake
import Testing

/// The pure stages of `planet intake`: form decoding, text normalization, validation, rate limits, the
/// duplicate filter, address truncation, backoff, the forge's requests and the pages given back.
@Suite struct IntakeValidationTests {
    static let now = Date(timeIntervalSince1970: 1_793_491_200)

    static let site = SiteKnowledge(
        baseURL: "https://planete.example.org", language: "fr",
        settings: CommentSettings(intake: "https://commentaires.example.org", question: "Combien de jours compte une semaine ?", answers: ["7", "sept"]),
        threads: [
            "alice/bonjour": .init(
                title: "Bonjour", commentsOpen: true,
                published: [.init(id: "2024-03-02T10-00-00-bob", authorName: "Bob")],
                takenIDs: ["2024-03-02T10-00-00-bob", "2024-03-03T10-00-00-eve"]),
            "alice/ferme": .init(title: "Fermé", commentsOpen: false),
        ])

    static let valid = CommentSubmission(
        post: "alice/bonjour", name: "Julie R.", website: "https://julie.example", message: "Merci *beaucoup* !", answer: " Sept ")

    func verdict(_ submission: CommentSubmission, recent: RecentMessages = RecentMessages(key: Data())) -> SubmissionVerdict {
        SubmissionValidation.validate(submission, site: Self.site, now: Self.now, limits: IntakeLimits(), recent: recent)
    }

    func with(_ change: (inout CommentSubmission) -> Void) -> CommentSubmission {
        var submission = Self.valid
        change(&submission)
        return submission
    }

    // MARK: Form decoding

    @Test func formsDecodeEscapesAndPluses() throws {
        let fields = try FormDecoding.decode(Array("post=alice%2Fbonjour&name=Julie+R.&message=a%26b%3Dc%0D%0Ad&empty=&flag".utf8))
        #expect(fields == ["post": "alice/bonjour", "name": "Julie R.", "message": "a&b=c\r\nd", "empty": "", "flag": ""])
        #expect(try FormDecoding.decode(Array("name=%C3%A9t%C3%A9".utf8)) == ["name": "été"])
    }

    @Test func formsThatAreNotTextAreRefused() {
        #expect(throws: FormDecoding.Failure.invalidUTF8) { try FormDecoding.decode(Array("name=%FF%FE".utf8)) }
        #expect(throws: FormDecoding.Failure.invalidUTF8) { try FormDecoding.decode([0x6E, 0x3D, 0xC3, 0x28]) }
        #expect(throws: FormDecoding.Failure.invalidUTF8) { try FormDecoding.decode(Array("name=%ED%A0%80".utf8)) }
        #expect(throws: FormDecoding.Failure.badEscape) { try FormDecoding.decode(Array("name=%G1".utf8)) }
        #expect(throws: FormDecoding.Failure.badEscape) { try FormDecoding.decode(Array("name=%4".utf8)) }
        #expect(throws: FormDecoding.Failure.repeatedField("post")) { try FormDecoding.decode(Array("post=a&post=b".utf8)) }
    }

    // MARK: Normalization

    @Test func namesAreOneLineOfNFCWithoutControls() {
        #expect(TextNormalization.name("  Julie\n\r  R.\u{0}\u{7}  ") == "Julie R.")
        #expect(TextNormalization.name("Ame\u{301}lie\u{202E}") == "Amélie")
        #expect(TextNormalization.name("Eve\nstatus: published\u{2028}x") == "Eve status: published x")
        #expect(TextNormalization.name("👩\u{200D}⚕️ Zoé") == "👩\u{200D}⚕️ Zoé")
    }

    @Test func messagesKeepTheirLinesAndMarkdown() {
        #expect(TextNormalization.message("\r\n# Titre\r\n\r\n*a*\u{0}\tb\u{1B}[31m \n\n") == "# Titre\n\n*a*\tb[31m")
        #expect(TextNormalization.message("---\nstatus: published\n---") == "---\nstatus: published\n---")
    }

    // MARK: Validation

    @Test func aValidSubmissionIsAcceptedNormalized() {
        let submission = with { $0.name = " Julie\t R. "; $0.replyTo = "2024-03-02T10-00-00-bob" }
        #expect(verdict(submission) == .accepted(AcceptedComment(
            postAuthorID: "alice", postSlug: "bonjour", name: "Julie R.", website: "https://julie.example", message: "Merci *beaucoup* !",
            replyTo: "2024-03-02T10-00-00-bob", date: Self.now, messageHash: RecentMessages.hash("Merci *beaucoup* !", key: Data()))))
    }

    @Test func aFilledHoneypotIsABot() {
        #expect(verdict(with { $0.email = "bot@example.org"; $0.post = "../../etc" }) == .bot(post: "../../etc"))
    }

    @Test func idsMustBePlainAndNamePublishedThreads() {
        for post in ["../bonjour", "alice/../bonjour", "alice/bonjour/x", "alice", "alice/Bonjour", "/etc/passwd", "alice/bon%2Fjour", ""] {
            #expect(verdict(with { $0.post = post }) == .refused(.malformedID), "\(post)")
        }
        #expect(verdict(with { $0.post = "alice/inconnu" }) == .refused(.unknownPost))
        #expect(verdict(with { $0.post = "bob/bonjour" }) == .refused(.unknownPost))
        #expect(verdict(with { $0.post = "alice/ferme" }) == .refused(.commentsClosed))
        for reply in ["../../../etc/passwd", "a/b", ".hidden", "x y", String(repeating: "a", count: 201)] {
            #expect(verdict(with { $0.replyTo = reply }) == .refused(.malformedID), "\(reply)")
        }
    }

    @Test func lineBreaksInNamesAreRefused() {
        for name in ["Eve\nstatus: published", "Eve\r\n---", "Eve\u{2028}x", "Eve\u{85}"] {
            #expect(verdict(with { $0.name = name }) == .refused(.lineBreakInName), "\(name)")
        }
        #expect(verdict(with { $0.name = "status: published" }).isAccepted)
    }

    @Test func eachMistakeIsNamed() {
        #expect(verdict(with { $0.name = " \t\u{7} " }) == .mistakes([.nameMissing]))
        #expect(verdict(with { $0.name = String(repeating: "é", count: 80) }).isAccepted)
        #expect(verdict(with { $0.name = String(repeating: "é", count: 81) }) == .mistakes([.nameTooLong(maximum: 80)]))
        #expect(verdict(with { $0.message = "\n \u{0}" }) == .mistakes([.messageMissing]))
        #expect(verdict(with { $0.message = String(repeating: "a", count: 10_000) }).isAccepted)
        #expect(verdict(with { $0.message = String(repeating: "a", count: 10_001) }) == .mistakes([.messageTooLong(maximum: 10_000)]))
        let links = (1...6).map { "[l\($0)](https://e.example/\($0))" }.joined(separator: " ")
        #expect(verdict(with { $0.message = links }) == .mistakes([.tooManyLinks(maximum: 5)]))
        #expect(verdict(with { $0.message = (1...6).map { "https://e.example/\($0)" }.joined(separator: " ") }) == .mistakes([.tooManyLinks(maximum: 5)]))
        #expect(verdict(with { $0.message = (1...5).map { "https://e.example/\($0)" }.joined(separator: " ") }).isAccepted)
        for website in ["javascript:alert(1)", "ftp://e.example", "julie.example", "https://", "http://a b.example"] {
            #expect(verdict(with { $0.website = website }) == .mistakes([.websiteNotWeb]), "\(website)")
        }
        #expect(verdict(with { $0.answer = "6" }) == .mistakes([.wrongAnswer]))
        #expect(verdict(with { $0.answer = "" }) == .mistakes([.wrongAnswer]))
        #expect(verdict(with { $0.replyTo = "2024-03-03T10-00-00-eve" }) == .mistakes([.unknownReply]))
        #expect(verdict(with { $0.name = ""; $0.message = ""; $0.answer = "non"; $0.website = "x" })
            == .mistakes([.nameMissing, .websiteNotWeb, .messageMissing, .wrongAnswer]))
    }

    @Test func theSameTextIsAlreadyReceivedWithinTheWindow() {
        var recent = RecentMessages(key: Data())
        recent.insert(RecentMessages.hash("merci   BEAUCOUP !", key: Data()), now: Self.now, window: 24 * 3600)
        #expect(verdict(with { $0.message = "Merci beaucoup !" }, recent: recent) == .duplicate(post: "alice/bonjour"))
        #expect(verdict(with { $0.message = "Merci beaucoup !"; $0.answer = "6" }, recent: recent) == .mistakes([.wrongAnswer]))
        #expect(verdict(with { $0.message = "Merci encore !" }, recent: recent).isAccepted)
        #expect(!recent.contains(RecentMessages.hash("merci beaucoup !", key: Data()), now: Self.now.addingTimeInterval(24 * 3600), window: 24 * 3600))
        recent.insert(1, now: Self.now.addingTimeInterval(24 * 3600), window: 24 * 3600)
        #expect(recent.count == 1)
    }

    @Test func knowledgeComesFromABuiltSite() throws {
        let result = Fixtures.build(bundle: Fixtures.minimalSite + """
            -- planet.yaml --
            title: Planète Test
            base_url: https://planete.example.org/
            language: en
            comments:
              intake: https://commentaires.example.org
            -- authors/alice/posts/2024-03-02-ferme.md --
            ---
            title: Fermé
            date: 2024-03-02
            comments: false
            ---
            Non.
            -- comments/alice/bonjour/2024-03-02T10-00-00-bob.md --
            ---
            author: Bob
            date: 2024-03-02T10:00:00Z
            ---
            Salut.
            -- comments/alice/bonjour/2024-03-03T10-00-00-eve.md --
            ---
            author: Eve
            date: 2024-03-03T10:00:00Z
            status: pending
            ---
            En attente.
            """)
        let site = try #require(result.site)
        let knowledge = SiteKnowledge(site: site, commentPaths: [
            "comments/alice/bonjour/2024-03-02T10-00-00-bob.md", "comments/alice/bonjour/2024-03-03T10-00-00-eve.md",
        ])
        #expect(knowledge.baseURL == "https://planete.example.org" && knowledge.language == "en")
        #expect(knowledge.settings == CommentSettings(intake: "https://commentaires.example.org"))
        #expect(knowledge.threads == [
                "alice/bonjour": .init(
                    title: "Bonjour", commentsOpen: true, published: [.init(id: "2024-03-02T10-00-00-bob", authorName: "Bob")],
                    takenIDs: ["2024-03-02T10-00-00-bob", "2024-03-03T10-00-00-eve"]),
                "alice/ferme": .init(title: "Fermé", commentsOpen: false),
            ])
        #expect(knowledge.postURL("alice/bonjour") == "https://planete.example.org/alice/bonjour/")
    }

    /// The built-in theme's form posts exactly the fields the service reads, to `<intake>/comments`; the
    /// service's answer to it, filled in as a person would, is the redirect.
    @Test func theThemesFormPostsWhatTheServiceReads() throws {
        let result = Fixtures.build(bundle: Fixtures.minimalSite + """
            -- planet.yaml --
            title: Planète Test
            base_url: https://planete.example.org
            language: fr
            comments:
              intake: https://commentaires.example.org
              question: Combien de jours compte une semaine ?
              answer: [7, sept]
            -- comments/alice/bonjour/2024-03-02T10-00-00-bob.md --
            ---
            author: Bob
            date: 2024-03-02T10:00:00Z
            ---
            Salut.
            """)
        guard case .data(let data)? = result.files.first(where: { $0.path == "alice/bonjour/index.html" })?.content else {
            Issue.record("no post page")
            return
        }
        let html = String(decoding: data, as: UTF8.self)
        let form = try #require(html.firstMatch(of: #/<form class="comment-form"[^>]*>(?s:.*?)</form>/#)).0
        #expect(form.contains("action=\"https://commentaires.example.org/comments\""))
        let names = form.matches(of: #/ name="([a-z_]+)"/#).map { String($0.1) }
        #expect(Set(names) == ["post", "name", "website", "message", "reply_to", "answer", "planet_trap"])
        #expect(names.count == 7)
        #expect(form.contains("<input type=\"hidden\" name=\"post\" value=\"alice/bonjour\">"))
        #expect(form.contains("<option value=\"2024-03-02T10-00-00-bob\">"))
        let site = SiteKnowledge(site: try #require(result.site), commentPaths: ["comments/alice/bonjour/2024-03-02T10-00-00-bob.md"])
        let submission = CommentSubmission(form: [
            "post": "alice/bonjour", "name": "Julie", "website": "", "message": "Merci.", "reply_to": "2024-03-02T10-00-00-bob",
            "answer": "Sept", "planet_trap": "",
        ])
        #expect(SubmissionValidation.validate(submission, site: site, now: Self.now, limits: IntakeLimits(), recent: RecentMessages(key: Data())).isAccepted)
    }

    // MARK: Spool

    @Test func theSpoolWritesPendingCommentFilesUnderFreeIDs() throws {
        let folder = try Run.temporaryFolder("planet-spool")
        defer { try? FileManager.default.removeItem(at: folder) }
        let spool = try Spool(folder: folder.path)
        guard case .accepted(let comment) = verdict(with { $0.name = "Eve status: published"; $0.replyTo = "2024-03-02T10-00-00-bob" }) else {
            Issue.record("not accepted")
            return
        }
        let first = try spool.write(comment, takenIDs: ["2026-11-01T00-00-00-eve-status-published"])
        let second = try spool.write(comment, takenIDs: [])
        #expect(first.path == "comments/alice/bonjour/2026-11-01T00-00-00-eve-status-published-2.md")
        #expect(second.path == "comments/alice/bonjour/2026-11-01T00-00-00-eve-status-published.md")
        #expect(first.branch == "comments/alice/bonjour/2026-11-01T00-00-00-eve-status-published-2")
        #expect(String(decoding: try spool.text(of: first), as: UTF8.self) == """
            ---
            author: "Eve status: published"
            date: 2026-11-01T00:00:00Z
            website: "https://julie.example"
            reply_to: "2024-03-02T10-00-00-bob"
            status: pending
            ---
            Merci *beaucoup* !

            """)
        #expect(spool.pending() == [second, first].sorted { $0.path < $1.path })
        try spool.markDone("pushed", for: first)
        #expect(spool.isDone("pushed", for: first))
        #expect(!spool.isDone("requested", for: first))
        try spool.remove(first)
        #expect(spool.pending() == [second])
        #expect(!spool.isDone("pushed", for: first))
        let renamed = try spool.renumber(second)
        #expect(renamed.id == "2026-11-01T00-00-00-eve-status-published-2")
        #expect(spool.pending() == [renamed])
        #expect(try spool.text(of: renamed) == Data(try CommentFile.text(
            name: "Eve status: published", date: Self.now, website: "https://julie.example", replyTo: "2024-03-02T10-00-00-bob",
            status: .pending, body: "Merci *beaucoup* !").utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/.tmp").isEmpty)
    }

    // MARK: Abuse

    @Test func rateLimitsAreTokenBuckets() {
        var limits = IntakeLimits()
        limits.perAddressBurst = 2
        limits.perAddressPerMinute = 2
        limits.globalBurst = 3
        limits.globalPerMinute = 2
        var limiter = RateLimiter(limits: limits, now: Self.now)
        let admitted = [
            limiter.admit("a", now: Self.now), limiter.admit("a", now: Self.now), limiter.admit("a", now: Self.now),
            limiter.admit("a", now: Self.now.addingTimeInterval(29)), limiter.admit("b", now: Self.now.addingTimeInterval(29)),
            limiter.admit("a", now: Self.now.addingTimeInterval(45)), limiter.admit("c", now: Self.now.addingTimeInterval(45)),
        ]
        #expect(admitted == [true, true, false, false, true, true, true], "a network's bucket, whatever the others did")
        let everyone = [
            limiter.admitEveryone(now: Self.now), limiter.admitEveryone(now: Self.now), limiter.admitEveryone(now: Self.now),
            limiter.admitEveryone(now: Self.now), limiter.admitEveryone(now: Self.now.addingTimeInterval(30)),
        ]
        #expect(everyone == [true, true, true, false, true], "what is accepted draws on everyone's bucket")
        limiter.refundEveryone()
        let refunded = limiter.admitEveryone(now: Self.now.addingTimeInterval(30))
        #expect(refunded)
        #expect(limiter.trackedAddresses == 3)
        limiter.forgetFull(now: Self.now.addingTimeInterval(61))
        #expect(limiter.trackedAddresses == 2, "b is full again; a and c are not")
        limiter.forgetFull(now: Self.now.addingTimeInterval(200))
        #expect(limiter.trackedAddresses == 0)
    }

    @Test func ipv6NetworksRefusedAgainAndAgainShareTheirSlash32() {
        var limits = IntakeLimits()
        limits.perAddressBurst = 1
        limits.perAddressPerMinute = 1
        var limiter = RateLimiter(limits: limits, now: Self.now)
        #expect(AddressPrefix.slash32(of: "2001:db8:1::/48") == "2001:db8::/32")
        #expect(AddressPrefix.slash32(of: "203.0.113.0/24") == nil && AddressPrefix.slash32(of: "-") == nil)
        for subnet in 1...3 { limiter.noteRefusal("2001:db8:\(subnet)::/48", now: Self.now) }
        let apart = [limiter.admit("2001:db8:a::/48", now: Self.now), limiter.admit("2001:db8:b::/48", now: Self.now)]
        #expect(apart == [true, true], "three /48s refused: each /48 on its own")
        limiter.noteRefusal("2001:db8:4::/48", now: Self.now)
        let together = [limiter.admit("2001:db8:c::/48", now: Self.now), limiter.admit("2001:db8:d::/48", now: Self.now)]
        #expect(together == [true, false], "four /48s refused: one /32, one bucket")
        let elsewhere = limiter.admit("2001:db9:d::/48", now: Self.now)
        #expect(elsewhere, "another /32")
        limiter.noteRefusal("198.51.100.0/24", now: Self.now)
        limiter.forgetFull(now: Self.now.addingTimeInterval(limits.refusalMemory))
        let later = limiter.admit("2001:db8:e::/48", now: Self.now.addingTimeInterval(limits.refusalMemory))
        #expect(later, "refusals are forgotten")
    }

    @Test func addressesAreTruncated() {
        #expect(AddressPrefix.truncated("203.0.113.77") == "203.0.113.0/24")
        #expect(AddressPrefix.truncated("2001:db8:1:2:3::5") == "2001:db8:1::/48")
        #expect(AddressPrefix.truncated("[2001:db8::1]") == "2001:db8:0::/48")
        #expect(AddressPrefix.truncated("::ffff:10.1.2.3") == "10.1.2.0/24")
        #expect(AddressPrefix.truncated("::1") == "0:0:0::/48")
        #expect(AddressPrefix.truncated("evil\n127.0.0.1") == "-")
        #expect(AddressPrefix.truncated("") == "-")
    }

    @Test func retriesBackOffExponentially() {
        let schedule = RetrySchedule(base: 2, maximum: 60)
        #expect((0...7).map { schedule.delay(afterFailures: $0) } == [0, 2, 4, 8, 16, 32, 60, 60])
        #expect(schedule.delay(afterFailures: 10_000) == 60)
    }

    // MARK: Forges

    @Test func pullRequestsAreJSONValuesWithoutReadersText() throws {
        let comment = SpooledComment(postAuthorID: "alice", postSlug: "bonjour", id: "2026-11-01T00-00-00-julie-r")
        let expectations: [(ForgeKind, String, String, [String: String])] = [
            (.github, "http://127.0.0.1:9/repos/owner/site/pulls", "Authorization", [
                "head": comment.branch, "base": "main"]),
            (.gitea, "http://127.0.0.1:9/api/v1/repos/owner/site/pulls", "Authorization", [
                "head": comment.branch, "base": "main"]),
            (.gitlab, "http://127.0.0.1:9/api/v4/projects/owner%2Fsite/merge_requests", "PRIVATE-TOKEN", [
                "source_branch": comment.branch, "target_branch": "main"]),
        ]
        for (kind, url, header, fields) in expectations {
            let requests = ForgeRequests(kind: kind, api: "http://127.0.0.1:9", repository: "owner/site", token: "s3cret", mainBranch: "main", timeout: 1)
            let request = try requests.create(comment, postURL: "https://planete.example.org/alice/bonjour/")
            #expect(request.url?.absoluteString == url)
            #expect(request.httpMethod == "POST")
            #expect(request.value(forHTTPHeaderField: header)?.hasSuffix("s3cret") == true)
            let body = try #require(try JSONSerialization.jsonObject(with: request.httpBody ?? Data()) as? [String: String])
            for (name, value) in fields { #expect(body[name] == value, "\(kind) \(name)") }
            #expect(body["title"] == "Comment on alice/bonjour: 2026-11-01T00-00-00-julie-r")
            #expect((body["body"] ?? body["description"])?.contains("File: `comments/alice/bonjour/2026-11-01T00-00-00-julie-r.md`") == true)
        }
        let github = ForgeRequests(kind: .github, api: "https://api.github.com", repository: "owner/site", token: "t", mainBranch: "main", timeout: 1)
        #expect(github.find(branch: comment.branch, page: 1).url?.absoluteString
            == "https://api.github.com/repos/owner/site/pulls?head=owner:comments/alice/bonjour/2026-11-01T00-00-00-julie-r&state=all")
        let gitea = ForgeRequests(kind: .gitea, api: "https://forge.example", repository: "owner/site", token: "t", mainBranch: "main", timeout: 1)
        #expect(gitea.found(branch: "b", in: Data(#"[{"head":{"ref":"a"}},{"head":{"ref":"b"}}]"#.utf8)) == (true, false))
        #expect(gitea.found(branch: "c", in: Data(#"[{"head":{"ref":"a"}}]"#.utf8)) == (false, false))
        #expect(github.found(branch: "c", in: Data("[]".utf8)) == (false, false))
        #expect(github.found(branch: "c", in: Data(#"[{"number":1}]"#.utf8)) == (true, false))
    }

    // MARK: Webmentions

    @Test func webmentionsAreCheckedForFormOnly() {
        let base = "https://planete.example.org"
        #expect(WebmentionRequest(form: ["source": "https://blog.example/a", "target": "https://planete.example.org/alice/bonjour/"], baseURL: base)
            != nil)
        for form in [
            ["source": "https://blog.example/a"],
            ["source": "ftp://blog.example/a", "target": "https://planete.example.org/alice/bonjour/"],
            ["source": "https://blog.example/a", "target": "https://ailleurs.example/alice/bonjour/"],
            ["source": "https://planete.example.org/x", "target": "https://planete.example.org/x"],
            ["source": "javascript:alert(1)", "target": "https://planete.example.org/"],
        ] {
            #expect(WebmentionRequest(form: form, baseURL: base) == nil, "\(form)")
        }
    }

    // MARK: Pages

    @Test func theFormComesBackFilledAndEscapedInTheSitesLayout() throws {
        let (input, diagnostics) = Fixtures.input(Fixtures.withMinimalSite("""
            -- planet.yaml --
            title: Planète Test
            base_url: https://planete.example.org
            language: fr
            comments:
              intake: https://commentaires.example.org
              question: Combien de jours compte une semaine ?
              answer: [7, sept]
            -- comments/alice/bonjour/2024-03-02T10-00-00-bob.md --
            ---
            author: Bob
            date: 2024-03-02T10:00:00Z
            ---
            Premier !
            """))
        let plan = BuildPipeline.plan(input, loadDiagnostics: diagnostics, options: .init(now: Fixtures.now))
        let site = try #require(plan.site)
        let pages = try #require(BuildPipeline.intakePages(input, site: site).0)
        let knowledge = SiteKnowledge(site: site, commentPaths: input.comments.map(\.path), pages: pages)
        let submission = with {
            $0.name = "<script>alert(1)</script>"
            $0.message = "</textarea><b>gras</b> & \"cité\""
            $0.replyTo = "2024-03-02T10-00-00-bob"
            $0.answer = "6"
        }
        let html = String(decoding: ResponsePage.mistakes(
            [.wrongAnswer, .nameTooLong(maximum: 80)], submission: submission, site: knowledge), as: UTF8.self)
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"https://planete.example.org/css/planet.css\">"))
        #expect(html.contains("<a class=\"site-title\" href=\"https://planete.example.org/\">"))
        #expect(html.contains("<li>La réponse à la question n’est pas celle attendue.</li>"))
        #expect(html.contains("<li>Votre nom est trop long\u{202F}: 80 caractères au plus.</li>"))
        #expect(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""))
        #expect(html.contains("\n&lt;/textarea&gt;&lt;b&gt;gras&lt;/b&gt; &amp; &quot;cité&quot;</textarea>"))
        #expect(html.contains("<option value=\"2024-03-02T10-00-00-bob\" selected>"))
        #expect(html.contains("action=\"https://commentaires.example.org/comments\""))
        #expect(!html.contains("<script>"))
        #expect(ResponsePage.policy(site: knowledge)
            == "default-src 'none'; style-src https://planete.example.org; img-src https://planete.example.org data:; "
            + "font-src https://planete.example.org; form-action 'self' https://commentaires.example.org https://planete.example.org; "
            + "base-uri 'none'; frame-ancestors 'none'")
    }
}

extension SubmissionVerdict {
    var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }
}
