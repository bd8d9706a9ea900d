import Foundation
import PlanetCore

/// The files of a new community site (`planet new site`): a value, so tests build it without a disk.
struct SiteScaffold {
    var title: String
    var language: String
    var baseURL: String
    var authorID: String
    var authorName: String
    /// The GitHub repository that the site's CI builds planet from, `OWNER/NAME`.
    var planetRepository: String = Self.placeholderRepository
    /// The site's time zone, an IANA name.
    var timeZone = "UTC"

    /// What `planetRepository` is until someone says where planet comes from; `planet check` warns while it remains.
    static let placeholderRepository = "your-organisation/planet"

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
            (".github/workflows/planet.yml", Self.workflow.replacingOccurrences(of: Self.placeholderRepository, with: planetRepository)),
            (".gitignore", "/public/\n/.public.planet/\n/.planet/cache/\n"),
            ("README.md", isFrench ? frenchReadme : readme),
            ("authors/\(authorID)/author.yaml", try Self.profile(name: authorName, french: isFrench)),
            (PostFile.path(author: authorID, slug: Slug.make(postTitle), date: now, timeZone: zone), post),
            ("planet.yaml", try configuration()),
        ]
    }
}
