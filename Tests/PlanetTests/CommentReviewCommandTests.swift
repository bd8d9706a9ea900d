import Foundation
import Testing

/// `planet comment review`, the real binary on a repository and a spool folder.
@Suite struct CommentReviewCommandTests {
    static let julie = """
        ---
        author: Julie R.
        date: 2025-01-01T10:00:00Z
        website: https://julie.example.net
        status: pending # à relire
        ---
        Merci \u{1B}[31mpour\u{1B}[0m ce billet !

        Une question : et l’hiver ?

        """
    static let paul = "---\nauthor: Paul\ndate: 2025-01-02T10:00:00Z\nreply_to: 2025-01-01T10-00-00-julie\n---\nD’accord.\n"
    static let mention = """
        ---
        author: Léa Bernard
        date: 2025-03-14T18:05:00Z
        kind: mention
        source: https://lea.example.org/reponse
        title: 'Titre : « oui »'
        status: pending
        ---
        Je réponds au billet de Claire\\.

        """
    static let other = "---\nauthor: Julie R.\ndate: 2025-01-01T10:00:00Z\nstatus: pending\n---\nBonjour.\n"

    /// A repository and a spool, each with comment files.
    func folders() throws -> (site: URL, spool: URL) {
        let site = try Run.temporaryFolder("planet-review-site")
        let spool = try Run.temporaryFolder("planet-review-spool")
        try Run.write([
            "comments/claire-martin/visites/2025-01-01T10-00-00-julie.md": Data(Self.julie.utf8),
            "comments/claire-martin/visites/2025-01-02T10-00-00-paul.md": Data(Self.paul.utf8),
            "comments/claire-martin/visites/notes.txt": Data("ignored".utf8),
        ], to: site)
        try Run.write([
            "comments/claire-martin/visites/2025-03-14T18-05-00-lea-example-org-1a2b3c4d.md": Data(Self.mention.utf8),
            "comments/alice/bonjour/2025-01-01T10-00-00-julie.md": Data(Self.other.utf8),
        ], to: spool)
        return (site, spool)
    }

    @Test func listsThePendingCommentsOfTheRepositoryAndTheSpool() throws {
        let (site, spool) = try folders()
        let siteRoot = site.resolvingSymlinksInPath().path, spoolRoot = spool.resolvingSymlinksInPath().path
        let result = try Run.planet(["comment", "review", site.path, "--spool", spool.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout == """
            claire-martin/visites/2025-01-01T10-00-00-julie (repository)
              author: Julie R.
              date: 2025-01-01T10:00:00Z
              website: https://julie.example.net
              file: \(siteRoot)/comments/claire-martin/visites/2025-01-01T10-00-00-julie.md
                Merci \u{FFFD}[31mpour\u{FFFD}[0m ce billet !

                Une question : et l’hiver ?

            alice/bonjour/2025-01-01T10-00-00-julie (spool)
              author: Julie R.
              date: 2025-01-01T10:00:00Z
              file: \(spoolRoot)/comments/alice/bonjour/2025-01-01T10-00-00-julie.md
                Bonjour.

            claire-martin/visites/2025-03-14T18-05-00-lea-example-org-1a2b3c4d (spool)
              author: Léa Bernard
              date: 2025-03-14T18:05:00Z
              kind: mention
              source: https://lea.example.org/reponse
              title: Titre : « oui »
              file: \(spoolRoot)/comments/claire-martin/visites/2025-03-14T18-05-00-lea-example-org-1a2b3c4d.md
                Je réponds au billet de Claire\\.

            3 pending comments (2 in the spool).

            """)
        let alone = try Run.planet(["comment", "review", try Run.temporaryFolder().path])
        #expect(alone.status == 0 && alone.stdout == "No pending comment.\n")
    }

    @Test func approvingASpooledMentionMovesItToTheSpoolsApprovedForDelivery() throws {
        let (site, spool) = try folders()
        let result = try Run.planet(["comment", "review", site.path, "--spool", spool.path, "--approve", "2025-03"])
        #expect(result.status == 0, "\(result.stderr)")
        let path = "comments/claire-martin/visites/2025-03-14T18-05-00-lea-example-org-1a2b3c4d.md"
        let root = spool.resolvingSymlinksInPath().path
        #expect(result.stdout == "approved claire-martin/visites/2025-03-14T18-05-00-lea-example-org-1a2b3c4d: \(root)/approved/\(path)\n")
        #expect(!FileManager.default.fileExists(atPath: spool.appendingPathComponent(path).path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path))
        #expect(try String(contentsOf: spool.appendingPathComponent("approved/" + path), encoding: .utf8)
            == Self.mention.replacingOccurrences(of: "status: pending\n", with: ""))
        #expect(try String(contentsOf: spool.appendingPathComponent(".state/claire-martin--visites--2025-03-14T18-05-00-lea-example-org-1a2b3c4d.approved-by"),
                           encoding: .utf8) == "a moderator at the terminal\n")
    }

    @Test func spamAndDeleteChangeOneFile() throws {
        let (site, spool) = try folders()
        let spam = try Run.planet(["comment", "review", site.path, "--spool", spool.path, "--spam", "claire-martin/visites/2025-01-01T10-00-00-julie"])
        #expect(spam.status == 0, "\(spam.stderr)")
        #expect(try String(contentsOf: site.appendingPathComponent("comments/claire-martin/visites/2025-01-01T10-00-00-julie.md"), encoding: .utf8)
            == Self.julie.replacingOccurrences(of: "status: pending # à relire", with: "status: spam"))
        let delete = try Run.planet(["comment", "review", site.path, "--spool", spool.path, "--delete", "alice/bonjour/2025-01-01T10-00-00-julie"])
        #expect(delete.status == 0, "\(delete.stderr)")
        #expect(!FileManager.default.fileExists(atPath: spool.appendingPathComponent("comments/alice/bonjour/2025-01-01T10-00-00-julie.md").path))
        #expect(try Run.planet(["comment", "review", site.path, "--spool", spool.path]).stdout.hasSuffix("\n1 pending comment (1 in the spool).\n"))
    }

    @Test func ambiguousAndUnknownIDsListTheCandidates() throws {
        let (site, spool) = try folders()
        let ambiguous = try Run.planet(["comment", "review", site.path, "--spool", spool.path, "--approve", "2025-01-01T10-00-00-julie"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr == """
            error: `2025-01-01T10-00-00-julie` names several comments; give one of:
              claire-martin/visites/2025-01-01T10-00-00-julie (repository, pending)
              alice/bonjour/2025-01-01T10-00-00-julie (spool, pending)

            """)
        let unknown = try Run.planet(["comment", "review", site.path, "--spool", spool.path, "--delete", "2025-01-01T10-00-00-julei"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == """
            error: no comment `2025-01-01T10-00-00-julei`; did you mean `2025-01-01T10-00-00-julie`?
            pending comments:
              claire-martin/visites/2025-01-01T10-00-00-julie (repository, pending)
              alice/bonjour/2025-01-01T10-00-00-julie (spool, pending)
              claire-martin/visites/2025-03-14T18-05-00-lea-example-org-1a2b3c4d (spool, pending)

            """)
        #expect(try Run.planet(["comment", "review", site.path, "--approve", "x", "--spam", "y"]).status == 2)
        #expect(try Run.tree(site).count == 3 && Run.tree(spool).count == 2)
    }

    @Test func approvingNeverOverwritesARepositoryFile() throws {
        let (site, spool) = try folders()
        try Run.write(["comments/alice/bonjour/2025-01-01T10-00-00-julie.md": Data(Self.paul.utf8)], to: site)
        let result = try Run.planet(["comment", "review", site.path, "--spool", spool.path, "--approve", "\(spool.path)/comments/alice/bonjour/2025-01-01T10-00-00-julie.md"])
        #expect(result.status == 0, "\(result.stderr)")
        // The repository's file stays; delivery finds the name taken and renames the approved one (`IntakePrivacyTests`).
        #expect(try String(contentsOf: site.appendingPathComponent("comments/alice/bonjour/2025-01-01T10-00-00-julie.md"), encoding: .utf8) == Self.paul)
        #expect(try String(contentsOf: spool.appendingPathComponent("approved/comments/alice/bonjour/2025-01-01T10-00-00-julie.md"), encoding: .utf8)
            == Self.other.replacingOccurrences(of: "status: pending\n", with: ""))
    }

    /// The intake copies the site's pending Mastodon and Bluesky replies into its spool for the moderation view; the
    /// terminal lists each once, as the repository's file, so that its id names one comment.
    @Test func aReplyCopiedIntoTheSpoolIsListedOnce() throws {
        let (site, spool) = try folders()
        let reply = "---\nauthor: Léa\ndate: 2025-01-03T10:00:00Z\nkind: reply\nnetwork: mastodon\nsource: https://piaille.example/@lea/1\nstatus: pending\n---\nOui.\n"
        let path = "comments/claire-martin/visites/2025-01-03-mastodon-1.md"
        try Run.write([path: Data(reply.utf8)], to: site)
        try Run.write([path: Data(reply.utf8), ".state/claire-martin--visites--2025-01-03-mastodon-1.site-text": Data(reply.utf8)], to: spool)
        let listed = try Run.planet(["comment", "review", site.path, "--spool", spool.path])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.components(separatedBy: "2025-01-03-mastodon-1").count == 3, "its heading and its file, once")
        #expect(listed.stdout.contains("claire-martin/visites/2025-01-03-mastodon-1 (repository)"))
        #expect(listed.stdout.hasSuffix("4 pending comments (2 in the spool).\n"))
        let approved = try Run.planet(["comment", "review", site.path, "--spool", spool.path, "--approve", "2025-01-03-mastodon-1"])
        #expect(approved.status == 0, "\(approved.stderr)")
        #expect(try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8) == reply.replacingOccurrences(of: "status: pending\n", with: ""))
    }
}
