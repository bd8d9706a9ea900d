import Foundation
@testable import PlanetCLI
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
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("s/.gitlab-ci.yml").path))
        let scaffolded = try String(contentsOf: parent.appendingPathComponent("s/.github/workflows/planet.yml"), encoding: .utf8)
        let documented = try String(contentsOf: Fixtures.repository.appendingPathComponent("docs/ci/publish.yml"), encoding: .utf8)
        #expect(scaffolded == documented, "docs/ci/publish.yml and SiteScaffold+Workflow.swift differ")
        let workflow = try #require(try Yams.load(yaml: scaffolded) as? [String: Any])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        #expect(Set(jobs.keys) == ["build", "deploy"])
        let environment = try #require(workflow["env"] as? [String: String])
        #expect(environment == ["PLANET_REPOSITORY": "your-organisation/planet", "PLANET_VERSION": PlanetVersion.number,
                                "PLANET_SHA256": "paste-the-archive-sha256-here"])
        #expect(scaffolded.contains("/releases/download/v$PLANET_VERSION/$archive\"\n"))
        #expect(scaffolded.contains("echo \"$PLANET_SHA256  /tmp/$archive\" | sha256sum --check --strict\n"))
        #expect(scaffolded.contains("planet check . --changed-since \"$BASE\" \"$@\" --format github\n"))
        #expect(scaffolded.contains("planet build . --output public"))
        // Swift only when asked: the one `swift build` is behind the PLANET_FROM_SOURCE switch.
        let build = try #require(jobs["build"] as? [String: Any])
        let steps = try #require(build["steps"] as? [[String: Any]])
        let compiling = steps.filter { ($0["run"] as? String)?.contains("swift build") == true }
        #expect(compiling.count == 1 && compiling.first?["if"] as? String == "vars.PLANET_FROM_SOURCE == 'true' && steps.cache.outputs.cache-hit != 'true'")
        try expectContainerPackages(in: scaffolded)
    }

    @Test func gitlabForgeWritesThePublishedPipeline() throws {
        let parent = try Run.temporaryFolder("planet-new")
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("s")
        let created = try Run.planet([
            "new", "site", site.path, "--forge", "gitlab", "--planet-repository", "planete-soignante/planet", "--base-url", "https://planete.example.org",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(".github").path))
        let scaffolded = try String(contentsOf: site.appendingPathComponent(".gitlab-ci.yml"), encoding: .utf8)
        let documented = try String(contentsOf: Fixtures.repository.appendingPathComponent("docs/ci/gitlab-ci.yml"), encoding: .utf8)
        #expect(scaffolded == documented.replacingOccurrences(of: "your-organisation/planet", with: "planete-soignante/planet"),
                "docs/ci/gitlab-ci.yml and SiteScaffold+GitLab.swift differ")
        let pipeline = try #require(try Yams.load(yaml: scaffolded) as? [String: Any])
        #expect(Set(pipeline.keys) == ["variables", "workflow", "default", "check", "pages"])
        let check = try #require(pipeline["check"] as? [String: Any])
        #expect((check["artifacts"] as? [String: Any])?["reports"] as? [String: String] == ["codequality": "gl-code-quality-report.json"])
        #expect((check["script"] as? [String])?.first?.contains(
            "--format gitlab > gl-code-quality-report.json\n") == true)
        let pages = try #require(pipeline["pages"] as? [String: Any])
        #expect((pages["artifacts"] as? [String: Any])?["paths"] as? [String] == ["public"])
        #expect(pages["rules"] as? [[String: String]] == [["if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"]])
        try expectContainerPackages(in: scaffolded)

        let check2 = try Run.planet(["check", site.path])
        #expect(check2.stderr.split(separator: "\n").filter { $0.contains(": warning: ") } == [
            ".gitlab-ci.yml:18:18: warning: `paste-the-archive-sha256-here` is a placeholder left by planet new site: write the SHA-256 of planet-\(PlanetVersion.number)-linux-x86_64.tar.gz, from the .sha256 file beside it on the release page",
        ], "\(check2.stderr)")
        #expect(try Run.planet(["new", "site", parent.appendingPathComponent("t").path, "--forge", "bitbucket"]).status == 2)
    }

    /// The CI file installs the packages the Containerfile installs (the clean-root test holds those to what the
    /// release needs), with curl and certificates to download it.
    func expectContainerPackages(in text: String) throws {
        let containerfile = try String(contentsOf: Fixtures.repository.appendingPathComponent("Containerfile"), encoding: .utf8)
        let line = try #require(containerfile.split(separator: "\n").first { $0.contains("apt-get install -y --no-install-recommends") })
        let packages = try #require(line.firstMatch(of: #/--no-install-recommends (.*) \\$/#)?.1)
        #expect(text.contains("apt-get install -y -qq --no-install-recommends ca-certificates curl \(packages)\n"))
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
        #expect(page.contains("Bob «\u{202F}le Pirate\u{202F}»\u{A0}: Durand"), "a French site's member names are spaced")

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
            ".github/workflows/planet.yml:38:22: warning: `your-organisation/planet` is a placeholder left by planet new site: name the repository whose releases CI downloads planet from",
            ".github/workflows/planet.yml:40:18: warning: `paste-the-archive-sha256-here` is a placeholder left by planet new site: write the SHA-256 of planet-\(PlanetVersion.number)-linux-x86_64.tar.gz, from the .sha256 file beside it on the release page",
            "README.md:3:143: warning: `your-organisation/planet` is a placeholder left by planet new site: name the repository whose releases CI downloads planet from",
            "planet.yaml:7:11: warning: `https://example.org` is a placeholder left by planet new site: set `base_url` to the address where the site is published (feeds and links to the site use it)",
        ], "\(check.stderr)")

        let named = parent.appendingPathComponent("b")
        let checksum = String(repeating: "0123456789abcdef", count: 4)
        #expect(try Run.planet([
            "new", "site", named.path, "--planet-repository", "planete-soignante/planet", "--planet-sha256", checksum,
            "--base-url", "https://planete.example.org",
        ]).status == 0)
        let workflow = try String(contentsOf: named.appendingPathComponent(".github/workflows/planet.yml"), encoding: .utf8)
        #expect(workflow.contains("  PLANET_REPOSITORY: planete-soignante/planet\n"))
        #expect(workflow.contains("  PLANET_SHA256: \(checksum)\n"))
        let readme = try String(contentsOf: named.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("[planet](https://github.com/planete-soignante/planet)"))
        let clean = try Run.planet(["check", named.path])
        #expect(clean.status == 0 && clean.stderr == "", "\(clean.stderr)")
        #expect(try Run.planet(["new", "site", parent.appendingPathComponent("c").path, "--planet-repository", "https://x"]).status == 2)
        #expect(try Run.planet(["new", "site", parent.appendingPathComponent("d").path, "--planet-sha256", "ABC"]).status == 2)
    }

    @Test func newSiteTakesATimeZone() throws {
        let parent = try Run.temporaryFolder("planet-new")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("s")
        let created = try Run.planet(["new", "site", folder.path, "--timezone", "America/Montreal"])
        #expect(created.status == 0, "\(created.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("planet.yaml"), encoding: .utf8)
        let config = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect(config["timezone"] as? String == "America/Montreal")
        #expect(try Run.planet(["check", folder.path]).status == 0)
        for zone in ["Mars/Olympus", "", "+02:00"] {
            let refused = try Run.planet(["new", "site", parent.appendingPathComponent("t").path, "--timezone", zone])
            #expect(refused.status == 2, "\(zone)")
            #expect(refused.stderr.hasPrefix("error: --timezone must be an IANA time zone name"), "\(refused.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("t").path))
    }

    @Test func theScaffoldsYAMLCommentsSpeakTheSiteLanguage() throws {
        let parent = try Run.temporaryFolder("planet-new")
        defer { try? FileManager.default.removeItem(at: parent) }
        for (language, settings, profile, zone) in [
            ("fr", "# Les réglages du site : voir la documentation de planet, docs/reference.md, « planet.yaml ».\n",
             "# Votre profil : pour ajouter une ligne, retirez le # qui la précède.\nname: Claire\n# bio: \"Une ou deux phrases sur vous.\"\n",
             "# Fuseau horaire (nom IANA) des dates écrites sans décalage dans les billets et les commentaires.\ntimezone: Europe/Paris\n"),
            ("en", "# The site's settings: see planet's documentation, docs/reference.md, \"planet.yaml\".\n",
             "# Your profile: to add a line, remove the # before it.\nname: Claire\n# bio: \"One or two sentences about you.\"\n",
             "# The time zone (IANA name) of the dates written without an offset in posts and comments.\ntimezone: Europe/Paris\n"),
        ] {
            let folder = parent.appendingPathComponent(language)
            let created = try Run.planet(["new", "site", folder.path, "--language", language, "--timezone", "Europe/Paris",
                                          "--author", "claire", "--name", "Claire"])
            #expect(created.status == 0, "\(created.stderr)")
            let config = try String(contentsOf: folder.appendingPathComponent("planet.yaml"), encoding: .utf8)
            #expect(config.hasPrefix(settings), "\(config)")
            #expect(config.contains(zone), "\(config)")
            let scaffolded = try String(contentsOf: folder.appendingPathComponent("authors/claire/author.yaml"), encoding: .utf8)
            #expect(scaffolded.hasPrefix(profile), "\(scaffolded)")
            let added = try Run.planet(["new", "author", "bob", "--name", "Claire", folder.path])
            #expect(added.status == 0, "\(added.stderr)")
            #expect(try String(contentsOf: folder.appendingPathComponent("authors/bob/author.yaml"), encoding: .utf8) == scaffolded)
        }
    }

    @Test func theCommunityReadmeTeachesTheWebEditor() throws {
        for (language, phrases) in [
            ("en", ["### Without a terminal, in the forge's web editor", "`YYYY-MM-DD-the-title.md`", "*Add file → Create new file* on GitHub",
                    "*+ → New file* on GitLab", "*New File* on Gitea and Forgejo",
                    "`comments/<member-id>/<post-slug>/YYYY-MM-DDTHH-MM-SS-your-name.md`"]),
            ("fr", ["### Sans terminal, dans l’éditeur web de la forge", "`AAAA-MM-JJ-le-titre.md`", "*Add file → Create new file* sur GitHub",
                    "*+ → Nouveau fichier* sur GitLab", "*Nouveau fichier* sur Gitea et Forgejo",
                    "`comments/<id-du-membre>/<slug-du-billet>/AAAA-MM-JJTHH-MM-SS-votre-nom.md`"]),
        ] {
            let scaffold = SiteScaffold(title: "T", language: language, baseURL: "https://example.org", authorID: "a", authorName: "A")
            let readme = language == "fr" ? scaffold.frenchReadme : scaffold.readme
            for phrase in phrases { #expect(readme.contains(phrase), "\(language): \(phrase)") }
        }
    }
}
