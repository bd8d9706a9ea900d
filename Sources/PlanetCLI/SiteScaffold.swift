import Foundation
import PlanetCore

/// The files of a new community site (`planet new site`): a value, so tests build it without a disk.
struct SiteScaffold {
    var title: String
    var language: String
    var baseURL: String
    var authorID: String
    var authorName: String
    /// The GitHub repository whose releases the site's CI downloads planet from, `OWNER/NAME`.
    var planetRepository: String = Self.placeholderRepository
    /// The site's time zone, an IANA name.
    var timeZone = "UTC"
    /// The SHA-256 of the release archive the site's CI downloads, in lowercase hexadecimal.
    var planetSHA256: String = Self.placeholderChecksum
    /// The forge, which picks the CI file.
    var forge: SiteForge = .github

    /// What `planetRepository` is until someone says where planet comes from; `planet check` warns while it remains.
    static let placeholderRepository = "your-organisation/planet"
    /// What `planetSHA256` is until someone pins the archive: a binary cannot know the checksum of the archive it
    /// ships in, so `planet new site` writes it only when given `--planet-sha256`; `planet check` warns while it remains.
    static let placeholderChecksum = "paste-the-archive-sha256-here"
    /// The release archive the site's CI downloads: this planet's version, for Linux x86_64.
    static let releaseArchive = "planet-\(PlanetVersion.number)-linux-x86_64.tar.gz"
    /// The Debian 12 packages the release archive needs (the libraries it links, and git), as the Containerfile
    /// installs them; the CI files install the same.
    static let runtimePackages = "libc6 libcmark-gfm-extensions0.29.0.gfm.6 libcmark-gfm0.29.0.gfm.6 libcurl4 libgcc-s1 libsqlite3-0 libstdc++6 libstemmer0d libxml2 git"

    /// Whether the scaffold's texts are French.
    var isFrench: Bool { Typography.isFrench(language) }

    /// Every file, by path relative to the site folder; `now` dates the first post.
    func files(now: Date) throws -> [(path: String, text: String)] {
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!
        let postTitle = isFrench ? "Bienvenue sur \(title)" : "Welcome to \(title)"
        let postBody = isFrench
            ? "Premier billet de la communauté. Le fichier README.md explique comment écrire, commenter et modérer."
            : "The community's first post. README.md explains how to write, comment and moderate."
        let post = try PostFile.text(title: postTitle, date: now, timeZone: zone, tags: [], body: postBody)
        return [
            (forge.ciPath, (forge == .github ? Self.workflow : Self.gitlabPipeline)
                .replacingOccurrences(of: Self.placeholderRepository, with: planetRepository)
                .replacingOccurrences(of: Self.placeholderChecksum, with: planetSHA256)),
            (".gitignore", "/public/\n/.public.planet/\n/.planet/cache/\n/.planet/letters/\n"),
            ("README.md", isFrench ? frenchReadme : readme),
            ("authors/\(authorID)/author.yaml", try Self.profile(name: authorName, french: isFrench)),
            (PostFile.path(author: authorID, slug: Slug.make(postTitle), date: now, timeZone: zone), post),
            ("planet.yaml", try configuration()),
        ]
    }
}
