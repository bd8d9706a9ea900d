import Foundation
import Testing

/// An incremental build (build cache, skipped pages, only changed files written) gives exactly the
/// bytes of a cold build, after every kind of change a community makes.
@Suite(.serialized) struct IncrementalBuildTests {
    /// A change to the site folder, applied on top of the previous ones.
    struct Change: CustomStringConvertible, Sendable {
        var description: String
        var apply: @Sendable (URL) throws -> Void
    }

    static func write(_ text: String, _ path: String, in site: URL) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func edit(_ path: String, in site: URL, _ transform: (String) -> String) throws {
        let url = site.appendingPathComponent(path)
        try Data(transform(String(decoding: try Data(contentsOf: url), as: UTF8.self)).utf8).write(to: url)
    }

    static func remove(_ path: String, in site: URL) throws {
        try FileManager.default.removeItem(at: site.appendingPathComponent(path))
    }

    static let changes: [Change] = [
        Change(description: "nothing") { _ in },
        Change(description: "a post's text, with a new hashtag") { site in
            try edit("authors/aicha-diallo/posts/2023-10-02-premier-stage-en-cabinet.md", in: site) {
                $0 + "\nUn paragraphe ajouté, avec #NouveauMotDièse et un [lien](/claire-martin/).\n"
            }
        },
        Change(description: "a post links to another member's post, whose responses gain it") { site in
            try edit("authors/helene-garnier/posts/2024-01-22-ecrans-et-tout-petits.md", in: site) {
                $0 + "\nSophie en parle aussi : [sortie de maternité](/sophie-lefevre/sortie-de-maternite/).\n"
            }
        },
        Change(description: "a mention added to a post") { site in
            try write("---\nkind: mention\nsource: https://blog.example.net/ecrans\nauthor: Un blog\ndate: 2026-11-21 10:00\n---\nUn extrait.\n",
                      "comments/helene-garnier/ecrans-et-tout-petits/2026-11-21T10-00-00-un-blog.md", in: site)
        },
        Change(description: "a post's tags") { site in
            try edit("authors/aicha-diallo/posts/2023-10-02-premier-stage-en-cabinet.md", in: site) {
                $0.replacingOccurrences(of: "tags: [Formation, médecine générale]", with: "tags: [Formation, Étiquette neuve]")
            }
        },
        Change(description: "a new post, first in the river") { site in
            try write("---\ntitle: \"Un billet tout neuf\"\ndate: 2026-11-20 08:00\ntags: [Étiquette neuve, Formation]\n---\nBonjour #helpmedicalcommunity.\n",
                      "authors/claire-martin/posts/2026-11-20-un-billet-tout-neuf.md", in: site)
        },
        Change(description: "a comment added") { site in
            try write("---\nauthor: Lucie\ndate: 2026-11-21 09:30\n---\nMerci pour ce billet ! #NouveauMotDièse\n",
                      "comments/claire-martin/un-billet-tout-neuf/2026-11-21T09-30-00-lucie.md", in: site)
        },
        Change(description: "a comment removed") { site in
            try remove("comments/claire-martin/un-billet-tout-neuf/2026-11-21T09-30-00-lucie.md", in: site)
        },
        Change(description: "a member renamed") { site in
            try edit("authors/aicha-diallo/author.yaml", in: site) {
                $0.replacingOccurrences(of: "name: \"Dr Aïcha Diallo\"", with: "name: \"Dr Aïcha Diallo-Sow\"")
            }
        },
        Change(description: "a new member with a post") { site in
            try write("name: \"Nina Petit\"\nbio: \"Sage-femme.\"\n", "authors/nina-petit/author.yaml", in: site)
            try write("---\ntitle: \"Premier billet de Nina\"\ndate: 2026-11-22 10:00\ntags: [Périnatalité]\n---\nBonjour à toutes et à tous.\n",
                      "authors/nina-petit/posts/2026-11-22-premier-billet.md", in: site)
        },
        Change(description: "a post with a table, footnotes and two aliases") { site in
            try write("""
                ---
                title: "Un tableau"
                date: 2026-11-23 10:00
                aliases: [/2019/05/06/un-tableau.html, /ancien/tableau/]
                ---
                Les chiffres[^1] :

                | Mois | Naissances |
                |:-----|-----------:|
                | Janvier | 12 |

                [^1]: Du registre.
                """, "authors/nina-petit/posts/2026-11-23-un-tableau.md", in: site)
        },
        Change(description: "an alias removed, another added") { site in
            try edit("authors/nina-petit/posts/2026-11-23-un-tableau.md", in: site) {
                $0.replacingOccurrences(of: "aliases: [/2019/05/06/un-tableau.html, /ancien/tableau/]", with: "aliases: [/ancien/tableau/, /nina/tableau/]")
            }
        },
        Change(description: "a post deleted") { site in
            try remove("authors/claire-martin/posts/2026-11-20-un-billet-tout-neuf.md", in: site)
        },
        Change(description: "a member deleted with their posts and the comments on them") { site in
            try remove("authors/aicha-diallo", in: site)
            try remove("comments/aicha-diallo", in: site)
        },
        Change(description: "the site's title and a static file") { site in
            try edit("planet.yaml", in: site) { $0.replacingOccurrences(of: "Planète Soignante", with: "Planète Soignante (bis)") }
            try write("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n", "static/favicon.svg", in: site)
        },
        Change(description: "a theme override") { site in
            try write("{{! Overridden. }}\n<p class=\"empty-state\">Rien ici.</p>\n", "themes/default/templates/404.mustache", in: site)
        },
        Change(description: "a phone photo added to a post's folder") { site in
            let folder = "authors/karim-benali/posts/2024-02-12-une-tournee-en-creuse"
            try MemberFileTests.image("phone.jpg").write(to: site.appendingPathComponent("\(folder)/photo.jpg"))
            try edit("\(folder)/index.md", in: site) { $0 + "\n![Le cabinet](photo.jpg)\n" }
        },
        Change(description: "the photo replaced by another, of another size") { site in
            try Data(ImageStripperTests.jpeg([])).write(
                to: site.appendingPathComponent("authors/karim-benali/posts/2024-02-12-une-tournee-en-creuse/photo.jpg"))
        },
    ]

    /// The page a new link leads to is rendered again, with the linking post in its community responses.
    @Test func aNewLinkShowsOnItsTargetAfterAnIncrementalBuild() throws {
        let folder = try Run.temporaryFolder("planet-responses")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.sampleSite, to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent(".planet/cache"))
        let output = folder.appendingPathComponent("output")
        let target = output.appendingPathComponent("sophie-lefevre/sortie-de-maternite/index.html")
        let first = try Run.planet(["build", site.path, "--output", output.path])
        try #require(first.status == 0, "\(first.stderr)")
        let before = String(decoding: try Data(contentsOf: target), as: UTF8.self)
        #expect(!before.contains("/helene-garnier/ecrans-et-tout-petits/\">"))
        try Self.edit("authors/helene-garnier/posts/2024-01-22-ecrans-et-tout-petits.md", in: site) {
            $0 + "\nSophie en parle aussi : [sortie de maternité](/sophie-lefevre/sortie-de-maternite/).\n"
        }
        let second = try Run.planet(["build", site.path, "--output", output.path])
        try #require(second.status == 0, "\(second.stderr)")
        let after = String(decoding: try Data(contentsOf: target), as: UTF8.self)
        #expect(after.contains("<h2 id=\"responses-title\" class=\"responses__title\">Réponses de la communauté</h2>"))
        #expect(after.contains("<li class=\"response\"><a href=\"/helene-garnier/ecrans-et-tout-petits/\">"))
    }

    @Test func everyIncrementalBuildEqualsAColdBuild() throws {
        let folder = try Run.temporaryFolder("planet-incremental")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.sampleSite, to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent("public"))
        try? FileManager.default.removeItem(at: site.appendingPathComponent(".planet/cache"))
        let output = folder.appendingPathComponent("incremental")
        let first = try Run.planet(["build", site.path, "--output", output.path])
        try #require(first.status == 0, "\(first.stderr)")

        for (step, change) in Self.changes.enumerated() {
            try change.apply(site)
            let incremental = try Run.planet(["build", site.path, "--output", output.path])
            try #require(incremental.status == 0, "after \(change): \(incremental.stderr)")

            let copy = folder.appendingPathComponent("cold-\(step)")
            try FileManager.default.copyItem(at: site, to: copy)
            try FileManager.default.removeItem(at: copy.appendingPathComponent(".planet/cache"))
            let coldOutput = folder.appendingPathComponent("cold-output-\(step)")
            let cold = try Run.planet(["build", copy.path, "--output", coldOutput.path])
            try #require(cold.status == 0, "\(cold.stderr)")

            let expected = try Run.tree(coldOutput), actual = try Run.tree(output)
            #expect(Set(actual.keys) == Set(expected.keys), "after \(change): the same files")
            let different = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted()
            #expect(different.isEmpty, "after \(change): different bytes in \(different.prefix(5))")
            if change.description == "nothing" {
                #expect(incremental.stdout.contains("(0 files changed)"), "\(incremental.stdout)")
            }
        }
    }
}
