import Foundation
import Testing

/// `planet import disqus`: a hand-made export in Disqus's shape (threads by link, posts with their thread and parent,
/// a deleted and a spam comment, anonymous authors) imported into a site whose one post answers the old address by an
/// alias and another by its own address; run twice, then built.
@Suite struct DisqusImportTests {
    static let site = """
        -- planet.yaml --
        title: Planète Test
        base_url: https://planete.example.org
        language: fr
        timezone: Europe/Paris
        -- authors/claire/author.yaml --
        name: Claire Martin
        -- authors/claire/posts/2019-05-06-ouvrir-un-cabinet.md --
        ---
        title: Ouvrir un cabinet à la campagne
        date: 2019-05-06T12:15:00+02:00
        aliases:
        - /2019/05/06/ouvrir-un-cabinet/
        ---

        Il y a trois ans…
        -- authors/claire/posts/2020-01-02-premier-billet.md --
        ---
        title: Premier billet
        date: 2020-01-02T09:00:00+01:00
        ---

        Bonjour.

        """

    static let secrets = [
        "claire.secret@docteure.example.fr", "zoe.private@mail.example.com", "spammer@spam.example.com", "troll@mail.example.com",
        "ines.pending@mail.example.com", "visiteur@mail.example.com", "203.0.113.45", "198.51.100.7", "192.0.2.99", "192.0.2.200",
        "192.0.2.150", "192.0.2.77", "2001:db8::1f",
    ]

    @Test func threadsGoToTheirPostsWithTheirReplies() throws {
        let folder = try Run.temporaryFolder("planet-disqus")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(TextBundle.parse(Self.site), to: folder)
        let export = Fixtures.fixtures.appendingPathComponent("import/disqus/export.xml").path
        let first = try Run.planet(["import", "disqus", export, folder.path, "--map", "claire_doc=claire"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Threads: 2 matched to a post, 1 matched none"), "\(first.stdout)")
        #expect(first.stdout.contains("Comments: 4 published, 0 pending, 1 spam; left out 2 (deleted, or on no post)"))
        #expect(first.stdout.contains("  https://claire-docteure.example.fr/2018/01/01/disparu/"))
        #expect(!first.stdout.contains("contact"))
        #expect(first.stderr.contains("comment 9006 answers comment 9005, which is left out; it is shown at the top level"))
        let comments = folder.appendingPathComponent("comments/claire")
        let cabinet = try FileManager.default.contentsOfDirectory(atPath: comments.appendingPathComponent("ouvrir-un-cabinet").path).sorted()
        #expect(cabinet == [
            "2019-05-06T12-00-00-zoe.md", "2019-05-06T13-30-00-claire.md", "2019-05-07T07-00-00-paul.md", "2019-05-08T07-00-00-pills.md",
        ])
        let read = { (path: String) in (try? String(contentsOf: comments.appendingPathComponent(path), encoding: .utf8)) ?? "" }
        #expect(read("ouvrir-un-cabinet/2019-05-06T13-30-00-claire.md").contains("reply_to: \"2019-05-06T12-00-00-zoe\""))
        #expect(read("ouvrir-un-cabinet/2019-05-06T13-30-00-claire.md").contains("member: \"claire\""))
        #expect(!read("ouvrir-un-cabinet/2019-05-06T12-00-00-zoe.md").contains("member:"))
        #expect(read("ouvrir-un-cabinet/2019-05-07T07-00-00-paul.md").contains("reply_to: \"2019-05-06T13-30-00-claire\""))
        #expect(read("ouvrir-un-cabinet/2019-05-08T07-00-00-pills.md").contains("status: spam"))
        #expect(read("ouvrir-un-cabinet/2019-05-06T12-00-00-zoe.md").contains("<http://www.lemonde.fr/vie_4724566.html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: comments.appendingPathComponent("premier-billet").path)
            == ["2020-01-03T10-00-00-ines.md"])
        let second = try Run.planet(["import", "disqus", export, "--site", folder.path, "--map", "claire_doc=claire"])
        #expect(second.stdout.contains("Files: wrote 0, 5 unchanged"), "\(second.stdout)")
        let build = try Run.planet(["build", folder.path])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("public/claire/ouvrir-un-cabinet/index.html"), encoding: .utf8)
        #expect(page.contains("Merci Zoé") && !page.contains("Cheap pills"))
        let everything = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        for path in everything {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) else { continue }
            for secret in Self.secrets { #expect(!text.contains(secret), "\(secret) in \(path)") }
        }
    }
}
