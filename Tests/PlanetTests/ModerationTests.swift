import Foundation
import Testing

extension IntakeServiceTests {
    /// The moderation view (`/moderate`) on the real binary: a moderator added with `planet intake moderator add`
    /// signs in with the printed link, sees the pending comments, approves, refuses and marks spam; forged posts
    /// (no CSRF token, another origin) get 403; a member's moderator sees and decides only their posts' comments;
    /// `moderator remove` and sign-out end a session at once; only digests of the secrets are stored.
    @Suite struct ModerationTests {
        static let site = """
            -- planet.yaml --
            title: Planète Test
            base_url: https://planete.example.org
            language: fr
            timezone: Europe/Paris
            comments:
              intake: https://commentaires.example.org
              question: Combien de jours compte une semaine ?
              answer: [7, sept]
            -- authors/bob/author.yaml --
            name: Bob Durand
            -- authors/bob/posts/2024-03-04-salut.md --
            ---
            title: Salut
            date: 2024-03-04
            ---
            Le billet de Bob.
            -- comments/alice/bonjour/2024-03-05T10-00-00-eve.md --
            ---
            author: Ève
            date: 2024-03-05T10:00:00Z
            ---
            Un premier commentaire publié.

            """
        static let origin = "https://commentaires.example.org"

        struct Service {
            var folder: URL
            var intake: IntakeProcess
            var site: URL { folder.appendingPathComponent("site") }
            var spool: URL { folder.appendingPathComponent("spool") }
            var port: UInt16 { intake.port }

            init(existing folder: URL, intake: IntakeProcess) async throws {
                self.folder = folder
                self.intake = intake
            }

            init() async throws {
                folder = try Run.temporaryFolder("planet-moderation")
                try Run.write(Fixtures.withMinimalSite(ModerationTests.site), to: folder.appendingPathComponent("site"))
                intake = try await IntakeProcess.start(
                    site: folder.appendingPathComponent("site"), spool: folder.appendingPathComponent("spool"),
                    arguments: ["--deliver", "directory", "--rate-per-address", "1000"])
            }

            func stop() {
                intake.stop()
                try? FileManager.default.removeItem(at: folder)
            }

            /// `planet intake moderator ARGUMENTS... --spool SPOOL`.
            func moderator(_ arguments: [String]) throws -> ProcessOutput {
                try Run.planet(["intake", "moderator"] + arguments + ["--spool", spool.path])
            }

            /// Adds a moderator through the CLI: their sign-in code and feed secret, read from the printed links.
            func add(_ id: String, member: String? = nil) throws -> (code: String, feed: String) {
                let output = try moderator(["add", id, site.path] + (member.map { ["--member", $0] } ?? []))
                #expect(output.status == 0, "\(output.stderr)")
                let code = try #require(output.stdout.firstMatch(of: #/https://commentaires\.example\.org/moderate/sign-in/([A-Za-z0-9_-]{43})/#))
                let feed = try #require(output.stdout.firstMatch(of: #/https://commentaires\.example\.org/moderate/feed/([A-Za-z0-9_-]{43})/#))
                return (String(code.1), String(feed.1))
            }

            /// Signs in with `code`: the session's token, from the cookie.
            func signIn(_ code: String) throws -> String {
                let response = try #require(post("/moderate/sign-in", [("code", code)]))
                #expect(response.status == 303)
                #expect(response.header("Location") == "/moderate")
                let cookie = try #require(response.header("Set-Cookie"))
                for attribute in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/moderate", "Max-Age=1209600"] {
                    #expect(cookie.contains("; \(attribute)"), "\(cookie)")
                }
                return String(try #require(cookie.firstMatch(of: #/^planet_moderator=([A-Za-z0-9_-]{43});/#)).1)
            }

            func get(_ path: String, session: String? = nil) -> RawHTTP.Response? {
                RawHTTP.request(port: port, method: "GET", path: path, contentType: nil,
                                headers: session.map { ["Cookie": "planet_moderator=\($0)"] } ?? [:])
            }

            func post(_ path: String, _ fields: [(String, String)], session: String? = nil,
                      origin: String? = ModerationTests.origin) -> RawHTTP.Response? {
                var headers: [String: String] = [:]
                if let session { headers["Cookie"] = "planet_moderator=\(session)" }
                if let origin { headers["Origin"] = origin }
                return RawHTTP.request(port: port, path: path, body: RawHTTP.form(fields), headers: headers)
            }

            /// Sends a comment through the form; the id it is spooled under.
            func comment(_ message: String, post: String = "alice/bonjour") throws -> String {
                let response = RawHTTP.post(port: port, IntakeAbuseTests.fields(["message": message, "post": post]))
                #expect(response?.status == 303)
                let folder = spool.appendingPathComponent("comments/\(post)")
                for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
                    if try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).contains(message) {
                        return String(name.dropLast(3))
                    }
                }
                throw IntakeProcess.Failure(output: "\(message) is not in the spool")
            }

            func decide(_ action: String, post: String = "alice/bonjour", id: String, session: String, csrf: String?,
                        origin: String? = ModerationTests.origin) -> RawHTTP.Response? {
                self.post("/moderate/decide", [("post", post), ("id", id), ("action", action)] + (csrf.map { [("csrf", $0)] } ?? []),
                          session: session, origin: origin)
            }

            func exists(_ path: String, in folder: URL) -> Bool {
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
            }
        }

        static func csrf(_ page: RawHTTP.Response?) throws -> String {
            String(try #require(page?.body.firstMatch(of: #/name="csrf" value="([0-9a-f]{64})"/#)).1)
        }

        @Test func aModeratorSignsInByTheLinkAndDecides() async throws {
            let service = try await Service()
            defer { service.stop() }
            let (code, feed) = try service.add("claire")
            let approved = try service.comment("Un commentaire à accepter.")
            let refused = try service.comment("Un commentaire à refuser.")
            let spam = try service.comment("Achetez nos montres.")

            // Not signed in: the view asks for a sign-in link.
            let anonymous = service.get("/moderate")
            #expect(anonymous?.status == 403)
            #expect(anonymous?.body.contains("Un commentaire à accepter.") == false)

            // Opening the link (twice: a mail client's prefetch) shows a button and spends nothing.
            for _ in 0..<2 {
                let page = try #require(service.get("/moderate/sign-in/\(code)"))
                #expect(page.status == 200)
                #expect(page.body.contains(#"<form class="comment-form" method="post" action="/moderate/sign-in">"#))
                #expect(page.body.contains(#"name="code" value="\#(code)""#))
                #expect(page.header("Referrer-Policy") == "same-origin")
                #expect(page.header("Cache-Control") == "no-store")
                #expect(page.header("Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
                #expect(page.body.contains(#"<meta name="referrer" content="same-origin">"#))
            }
            let session = try service.signIn(code)
            #expect(service.post("/moderate/sign-in", [("code", code)])?.status == 403, "a sign-in code works once")

            let desk = try #require(service.get("/moderate", session: session))
            #expect(desk.status == 200)
            #expect(desk.header("Cache-Control") == "no-store")
            #expect(desk.header("Referrer-Policy") == "same-origin")
            for text in ["Un commentaire à accepter.", "Un commentaire à refuser.", "Achetez nos montres.", "Bonjour", "Ève",
                         "Un premier commentaire publié.", #"value="approve""#, #"value="refuse""#, #"value="spam""#] {
                #expect(desk.body.contains(text), "\(text)")
            }
            let csrf = try Self.csrf(desk)

            // Forged posts: no token, a wrong one, another origin, no origin.
            for (label, response) in [
                ("no CSRF token", service.decide("approve", id: approved, session: session, csrf: nil)),
                ("a wrong CSRF token", service.decide("approve", id: approved, session: session, csrf: String(repeating: "0", count: 64))),
                ("another origin", service.decide("approve", id: approved, session: session, csrf: csrf, origin: "https://evil.example")),
                ("no origin", service.decide("approve", id: approved, session: session, csrf: csrf, origin: nil)),
                ("no session", service.post("/moderate/decide", [("post", "alice/bonjour"), ("id", approved), ("action", "approve"),
                                                                  ("csrf", csrf)])),
            ] {
                #expect(response?.status == 403, "\(label): \(response.map { "\($0.status)" } ?? "no answer")")
            }
            #expect(service.exists("comments/alice/bonjour/\(approved).md", in: service.spool), "a forged post decided nothing")

            // Approve, refuse, spam.
            let approval = service.decide("approve", id: approved, session: session, csrf: csrf)
            #expect(approval?.status == 303)
            #expect(approval?.header("Location") == "/moderate?notice=approve")
            #expect(service.decide("refuse", id: refused, session: session, csrf: csrf)?.header("Location") == "/moderate?notice=refuse")
            #expect(service.decide("spam", id: spam, session: session, csrf: csrf)?.header("Location") == "/moderate?notice=spam")
            #expect(service.decide("approve", id: refused, session: session, csrf: csrf)?.header("Location") == "/moderate?notice=gone",
                    "a comment decided already is a notice, not an error")
            #expect(!service.exists("comments/alice/bonjour/\(approved).md", in: service.spool))
            #expect(!service.exists("comments/alice/bonjour/\(refused).md", in: service.spool))
            #expect(!service.exists("approved/comments/alice/bonjour/\(refused).md", in: service.spool))
            #expect(service.exists("spam/comments/alice/bonjour/\(spam).md", in: service.spool))
            let delivered = await IntakeProcess.wait(timeout: 20) {
                service.exists("comments/alice/bonjour/\(approved).md", in: service.site)
            }
            #expect(delivered, "the approved comment is delivered into the site folder")
            #expect(!service.exists("comments/alice/bonjour/\(refused).md", in: service.site))
            #expect(!service.exists("comments/alice/bonjour/\(spam).md", in: service.site))
            let after = try #require(service.get("/moderate?notice=approve", session: session))
            #expect(after.body.contains("role=\"status\""))
            #expect(!after.body.contains("Un commentaire à refuser."))

            // The private feed: the pending items, as text, never cached.
            let pending = try service.comment("Encore un <b>mot</b>.")
            let atom = try #require(service.get("/moderate/feed/\(feed)"))
            #expect(atom.status == 200)
            #expect(atom.header("Content-Type") == "application/atom+xml; charset=utf-8")
            #expect(atom.header("Cache-Control") == "private, no-store")
            #expect(atom.body.contains("Encore un &lt;b&gt;mot&lt;/b&gt;."), "\(atom.body)")
            #expect(atom.body.contains("https://commentaires.example.org/moderate?post=alice/bonjour#pending-alice--bonjour--\(pending)"))
            #expect(!atom.body.contains("Un commentaire à accepter."))
            #expect(service.get("/moderate/feed/\(String(repeating: "a", count: 43))")?.status == 404)

            // Sign-out ends the session at once.
            let out = service.post("/moderate/sign-out", [("csrf", csrf)], session: session)
            #expect(out?.status == 303)
            #expect(out?.header("Set-Cookie")?.contains("Max-Age=0") == true)
            #expect(service.get("/moderate", session: session)?.status == 403)

            // Only digests are stored: no secret in any file of the spool, nor in the log; the store is 0600.
            let store = service.spool.appendingPathComponent(".state/moderators.json").path
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int)
            #expect(mode == 0o600)
            for (path, data) in try Run.tree(service.spool) {
                for secret in [code, feed, session] {
                    #expect(data.range(of: Data(secret.utf8)) == nil, "a secret in \(path)")
                }
            }
            for secret in [code, feed, session, csrf] { #expect(!service.intake.output.contains(secret), "a secret in the log") }
        }

        /// Replies that `planet fetch` wrote into the site, pending, are taken into the moderation view and decided
        /// there like readers' comments; each decision replaces the reply's file in the site.
        @Test func repliesFromMastodonAreModeratedInTheView() async throws {
            let folder = try Run.temporaryFolder("planet-moderation")
            defer { try? FileManager.default.removeItem(at: folder) }
            let site = folder.appendingPathComponent("site"), spool = folder.appendingPathComponent("spool")
            var files = Fixtures.withMinimalSite(ModerationTests.site)
            func reply(_ key: String, _ number: Int, _ text: String, upstream: Bool = false) -> (String, String) {
                let id = "2025-03-01T10-0\(number)-00-mastodon-11000000000000010\(number)"
                let file = """
                    ---
                    author: "<b>\(key)</b>"
                    date: 2025-03-01T10:0\(number):00Z
                    website: "https://piaille.example/@\(key)"
                    kind: reply
                    source: "https://piaille.example/@\(key)/11000000000000010\(number)"
                    network: mastodon
                    handle: "@\(key)@piaille.example"
                    \(upstream ? "upstream: deleted\n" : "")status: pending
                    ---
                    \(text)

                    """
                files["comments/alice/bonjour/\(id).md"] = Data(file.utf8)
                return (id, file)
            }
            let (approved, _) = reply("alice", 1, "Une réponse à publier.")
            let (refused, _) = reply("bob", 2, "Une réponse à refuser.")
            let (removed, _) = reply("carole", 3, "Une réponse supprimée là-bas.", upstream: true)
            try Run.write(files, to: site)
            let intake = try await IntakeProcess.start(site: site, spool: spool, arguments: ["--deliver", "directory", "--rate-per-address", "1000"])
            defer { intake.stop() }
            let service = try await Service(existing: folder, intake: intake)
            let (code, _) = try service.add("claire")
            let session = try service.signIn(code)
            let taken = await IntakeProcess.wait(timeout: 20) { service.exists("comments/alice/bonjour/\(removed).md", in: spool) }
            #expect(taken, "the service takes the site's pending replies")
            let desk = try #require(service.get("/moderate", session: session))
            #expect(desk.body.contains("Réponse de &lt;b&gt;alice&lt;/b&gt; sur Mastodon à"), "\(desk.body)")
            #expect(desk.body.contains(#"<a href="https://piaille.example/@alice/110000000000000101" rel="nofollow noopener noreferrer">Mastodon</a>"#))
            #expect(desk.body.contains("moderation__removal"))
            let csrf = try Self.csrf(desk)
            #expect(service.decide("approve", id: approved, session: session, csrf: csrf)?.header("Location") == "/moderate?notice=approve")
            #expect(service.decide("refuse", id: refused, session: session, csrf: csrf)?.header("Location") == "/moderate?notice=refuse")
            #expect(service.decide("approve", id: removed, session: session, csrf: csrf)?.header("Location") == "/moderate?notice=approve")
            let text = { (id: String) in try? String(contentsOf: site.appendingPathComponent("comments/alice/bonjour/\(id).md"), encoding: .utf8) }
            let delivered = await IntakeProcess.wait(timeout: 20) {
                text(approved).map { !$0.contains("status:") } == true && text(refused)?.contains("status: spam") == true && text(removed) == nil
            }
            #expect(delivered, "\(text(approved) ?? "-") \(text(refused) ?? "-") \(text(removed) ?? "-")")
            #expect(text(approved)?.contains("network: mastodon\nhandle: \"@alice@piaille.example\"\n---\nUne réponse à publier.") == true)
            // Decided, they are not taken again: nothing is pending any more, and the desk is empty.
            try await Task.sleep(nanoseconds: 1_500_000_000)
            #expect(try FileManager.default.contentsOfDirectory(atPath: spool.appendingPathComponent("comments/alice/bonjour").path).isEmpty)
            let build = try Run.planet(["build", site.path, "--quiet"])
            #expect(build.status == 0, "\(build.stderr)")
            let page = try String(contentsOf: site.appendingPathComponent("public/alice/bonjour/index.html"), encoding: .utf8)
            #expect(page.contains("Une réponse à publier.") && !page.contains("Une réponse à refuser.") && !page.contains("Une réponse supprimée"))
        }

        @Test func aMemberSeesAndDecidesOnlyTheirPosts() async throws {
            let service = try await Service()
            defer { service.stop() }
            let alice = try service.add("alice", member: "alice")
            let claire = try service.add("claire")
            let list = try service.moderator(["list"])
            #expect(list.stdout.contains("alice\tmember alice"), "\(list.stdout)")
            #expect(list.stdout.contains("claire\tsite-wide"), "\(list.stdout)")
            let onAlice = try service.comment("Pour Alice.")
            let onBob = try service.comment("Pour Bob.", post: "bob/salut")

            let aliceSession = try service.signIn(alice.code)
            let aliceDesk = try #require(service.get("/moderate", session: aliceSession))
            #expect(aliceDesk.body.contains("Pour Alice."))
            #expect(!aliceDesk.body.contains("Pour Bob."))
            let csrf = try Self.csrf(aliceDesk)
            #expect(service.decide("approve", post: "bob/salut", id: onBob, session: aliceSession, csrf: csrf)?.status == 403)
            #expect(service.exists("comments/bob/salut/\(onBob).md", in: service.spool), "the other member's comment is still pending")
            let feed = try #require(service.get("/moderate/feed/\(alice.feed)"))
            #expect(feed.body.contains("Pour Alice.") && !feed.body.contains("Pour Bob."))

            // A site-wide moderator sees both, and filters by member and by post.
            let claireSession = try service.signIn(claire.code)
            let all = try #require(service.get("/moderate", session: claireSession))
            #expect(all.body.contains("Pour Alice.") && all.body.contains("Pour Bob."))
            #expect(all.body.contains(#"<select id="filter-member" name="member">"#))
            let bobsOnly = try #require(service.get("/moderate?member=bob", session: claireSession))
            #expect(bobsOnly.body.contains("Pour Bob.") && !bobsOnly.body.contains("Pour Alice."))
            let onePost = try #require(service.get("/moderate?post=alice%2Fbonjour", session: claireSession))
            #expect(onePost.body.contains("Pour Alice.") && !onePost.body.contains("Pour Bob."))
            let filtered = service.post("/moderate/decide", [("post", "alice/bonjour"), ("id", onAlice), ("action", "spam"),
                                                             ("csrf", try Self.csrf(all)), ("filter_member", "alice")], session: claireSession)
            #expect(filtered?.header("Location") == "/moderate?member=alice&notice=spam", "the filter is kept")

            // Removed: the very next request is refused.
            #expect(try service.moderator(["remove", "claire"]).status == 0)
            #expect(service.get("/moderate", session: claireSession)?.status == 403)
            #expect(service.get("/moderate", session: aliceSession)?.status == 200)
            #expect(try service.moderator(["remove", "claire"]).status != 0)
            #expect(!(try service.moderator(["list"]).stdout.contains("claire")))
        }
    }
}
