import Foundation
import Testing
import Yams

/// `planet new site`, `new author` and `new post` on the real binary: what they write builds.
@Suite(.serialized) struct NewCommandTests {
    @Test func newSiteBuildsAndChecks() throws {
        let parent = try Run.temporaryFolder("planet-new")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("ma-planete")
        let created = try Run.planet(["new", "site", folder.path, "--title", "Ma Planète", "--language", "fr", "--author", "claire", "--name", "Claire Martin"])
        #expect(created.status == 0, "\(created.stderr)")
        for path in ["planet.yaml", "README.md", ".gitignore", ".github/workflows/planet.yml", "authors/claire/author.yaml"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path)")
        }
        let posts = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("authors/claire/posts").path)
        #expect(posts.count == 1)
        #expect(posts.first?.wholeMatch(of: #/\d{4}-\d\d-\d\d-bienvenue-sur-ma-planete\.md/#) != nil, "\(posts)")
        let config = try Yams.load(yaml: String(contentsOf: folder.appendingPathComponent("planet.yaml"), encoding: .utf8)) as? [String: Any]
        #expect(config?["title"] as? String == "Ma Planète")
        #expect(config?["language"] as? String == "fr")

        let build = try Run.planet(["build", folder.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr == "")
        #expect(build.stdout.hasPrefix("Built "))
        let home = try String(contentsOf: folder.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(home.contains("Bienvenue sur Ma Planète"))
        #expect(home.contains("<html lang=\"fr\">"))
        #expect(try Run.planet(["check", folder.path]).status == 0)

        let again = try Run.planet(["new", "site", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("is not empty"))
        #expect(try Run.planet(["new", "site", parent.appendingPathComponent("x").path, "--language", "pas une langue"]).status == 2)
    }

    @Test func scaffoldedWorkflowIsThePublishedOne() throws {
        let parent = try Run.temporaryFolder("planet-new")
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(try Run.planet(["new", "site", parent.appendingPathComponent("s").path]).status == 0)
        let scaffolded = try String(contentsOf: parent.appendingPathComponent("s/.github/workflows/planet.yml"), encoding: .utf8)
        let documented = try String(contentsOf: Fixtures.repository.appendingPathComponent("docs/ci/publish.yml"), encoding: .utf8)
        #expect(scaffolded == documented, "docs/ci/publish.yml and SiteScaffold+Workflow.swift differ")
        let workflow = try #require(try Yams.load(yaml: scaffolded) as? [String: Any])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        #expect(Set(jobs.keys) == ["build", "deploy"])
        #expect(scaffolded.contains("planet check . --changed-since \"$BASE\""))
        #expect(scaffolded.contains("planet build . --output public"))
    }

    @Test func newAuthorAndNewPostWriteFilesThatBuild() throws {
        let folder = try Run.temporaryFolder("planet-new")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run.write(Fixtures.withMinimalSite(""), to: folder)
        let author = try Run.planet(["new", "author", "bob", "--name", "Bob « le Pirate » : Durand", "--site", folder.path])
        #expect(author.status == 0, "\(author.stderr)")
        let post = try Run.planet(["new", "post", "Titre du billet : l'été !", "--author", "bob", "--tags", "Santé, hiver", "--site", folder.path])
        #expect(post.status == 0, "\(post.stderr)")
        let path = post.stdout.trimmingCharacters(in: .newlines)
        #expect(path.wholeMatch(of: #/authors/bob/posts/\d{4}-\d\d-\d\d-titre-du-billet-l-ete\.md/#) != nil, "\(path)")
        let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        let yaml = try #require(text.dropFirst(4).components(separatedBy: "\n---\n").first)
        let front = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        #expect(front["title"] as? String == "Titre du billet : l'été !")
        #expect(front["tags"] as? [String] == ["Santé", "hiver"])

        let build = try Run.planet(["build", folder.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("public/bob/titre-du-billet-l-ete/index.html"), encoding: .utf8)
        #expect(page.contains("Bob « le Pirate » : Durand"))

        let duplicate = try Run.planet(["new", "post", "Titre du billet : l’été !", "--author", "bob", "--site", folder.path])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("slug `titre-du-billet-l-ete`"))
        #expect(try Run.planet(["new", "post", "Sans auteur", "--author", "personne", "--site", folder.path]).status == 1)
        #expect(try Run.planet(["new", "author", "bob", "--name", "Encore", "--site", folder.path]).status == 1)
        #expect(try Run.planet(["new", "author", "tags", "--name", "Réservé", "--site", folder.path]).status == 1)
        #expect(try Run.planet(["new", "author", "Pas-Valide", "--name", "X", "--site", folder.path]).status == 1)
        #expect(try Run.planet(["new", "author", "css", "--name", "Thème", "--site", folder.path]).status == 1)
    }

    @Test func theScaffoldSpeaksTheSiteLanguage() throws {
        let parent = try Run.temporaryFolder("planet-new")
        defer { try? FileManager.default.removeItem(at: parent) }
        for (language, heading, body) in [("fr", "## Écrire", "Écrivez votre billet ici, en Markdown."),
                                          ("en", "## Write", "Write your post here, in Markdown.")] {
            let folder = parent.appendingPathComponent(language)
            #expect(try Run.planet(["new", "site", folder.path, "--language", language]).status == 0)
            let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
            #expect(readme.contains("\n\(heading)\n"), "\(language): \(readme)")
            let post = try Run.planet(["new", "post", "Un titre", "--author", "editor", "--site", folder.path])
            #expect(post.status == 0, "\(post.stderr)")
            let text = try String(contentsOf: folder.appendingPathComponent(post.stdout.trimmingCharacters(in: .newlines)), encoding: .utf8)
            #expect(text.hasSuffix("---\n\n\(body) \(language == "fr" ? "Son premier paragraphe en est le résumé." : "Its first paragraph is its summary.")\n"), "\(text)")
        }
    }

    @Test func checkWarnsAtEachPlaceholderUntilTheRepositoryIsNamed() throws {
        let parent = try Run.temporaryFolder("planet-new")
        defer { try? FileManager.default.removeItem(at: parent) }
        let placeholder = parent.appendingPathComponent("a")
        #expect(try Run.planet(["new", "site", placeholder.path]).status == 0)
        let check = try Run.planet(["check", placeholder.path])
        #expect(check.status == 0)
        let warnings = check.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings == [
            ".github/workflows/planet.yml:25:22: warning: `your-organisation/planet` is a placeholder left by planet new site: name the repository that CI builds planet from",
            "README.md:3:143: warning: `your-organisation/planet` is a placeholder left by planet new site: name the repository that CI builds planet from",
            "planet.yaml:3:11: warning: `https://example.org` is a placeholder left by planet new site: set `base_url` to the address where the site is published (feeds and links to the site use it)",
        ], "\(check.stderr)")

        let named = parent.appendingPathComponent("b")
        #expect(try Run.planet([
            "new", "site", named.path, "--planet-repository", "planete-soignante/planet", "--base-url", "https://planete.example.org",
        ]).status == 0)
        let workflow = try String(contentsOf: named.appendingPathComponent(".github/workflows/planet.yml"), encoding: .utf8)
        #expect(workflow.contains("  PLANET_REPOSITORY: planete-soignante/planet\n"))
        let readme = try String(contentsOf: named.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("[planet](https://github.com/planete-soignante/planet)"))
        let clean = try Run.planet(["check", named.path])
        #expect(clean.status == 0 && clean.stderr == "", "\(clean.stderr)")
        #expect(try Run.planet(["new", "site", parent.appendingPathComponent("c").path, "--planet-repository", "https://x"]).status == 2)
    }
}
