import ArgumentParser
import Foundation
import PlanetConsole
import PlanetCore
import PlanetLoad
import PlanetParse

/// `planet new post "Title" --author ID`: writes today's post file, ready to fill.
struct NewPostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "post",
        abstract: "Write a new post, dated now: authors/ID/posts/<yyyy-mm-dd>-<slug>.md.",
        discussion: """
            The file name is today's date in the site's time zone and the title as a URL slug; the front matter \
            holds the title, the date and the tags. The path is printed.

            Example:
              planet new post "Visites à domicile" --author claire-martin --tags Soins
            """
    )

    @Argument(help: "The post's title.")
    var title: String

    @Option(help: "The member who writes it.")
    var author: String

    @Option(help: "Tags, separated by commas.")
    var tags: String?

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let console = outputOptions.console
        let trimmedTitle = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Slug.make(trimmedTitle)
        guard !slug.isEmpty else { throw ValidationError("the title needs at least one letter or digit, to make the file name") }
        let input: SiteInput
        do {
            (input, _) = try SiteLoader.load(folder: site)
        } catch {
            console.error("error: \(error)")
            throw ExitCode(2)
        }
        let (config, _) = ConfigParser.parse(input.config)
        guard let config else {
            console.error("error: the site's planet.yaml cannot be read: run `planet check` to see why")
            throw ExitCode(1)
        }
        guard let folder = input.authors.first(where: { $0.id == author }), folder.profile != nil else {
            console.error("error: no member `\(author)`: add one with `planet new author \(author) --name \"...\"`")
            throw ExitCode(1)
        }
        let taken = folder.posts.contains { source in
            var name = (source.file.path as NSString).lastPathComponent
            if name == "index.md" { name = ((source.file.path as NSString).deletingLastPathComponent as NSString).lastPathComponent }
            return Slug.make(PostParser.withoutDatePrefix(name.hasSuffix(".md") ? String(name.dropLast(3)) : name)) == slug
        }
        if taken {
            console.error("error: \(author) has a post with the slug `\(slug)` already; choose another title")
            throw ExitCode(1)
        }
        let tagList = (tags ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let now = Date()
        let path = PostFile.path(author: author, slug: slug, date: now, timeZone: config.timeZone)
        let text = try PostFile.text(
            title: trimmedTitle, date: now, timeZone: config.timeZone, tags: tagList,
            body: Typography.isFrench(config.language)
                ? "Écrivez votre billet ici, en Markdown. Son premier paragraphe en est le résumé."
                : "Write your post here, in Markdown. Its first paragraph is its summary.")
        try NewFiles.write([(path, text)], under: SiteLoader.resolvedRoot(of: site) ?? site)
        console.info(path)
    }
}
