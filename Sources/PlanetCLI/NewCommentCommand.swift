import ArgumentParser
import Foundation
import PlanetConsole
import PlanetCore
import PlanetFiles
import PlanetLoad
import PlanetParse
import Yams

/// `planet comment new <author>/<slug> --name NAME`: writes a correctly named comment file from the body on
/// standard input, for a form service or a bot that opens pull requests.
struct NewCommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a comment file; the comment's Markdown is read on standard input.",
        discussion: """
            The file is comments/<author>/<slug>/<yyyy-mm-ddThh-mm-ss>-<name>.md, dated now (UTC), with \
            `status: pending` when --pending is given. Its path is printed.

            Example:
              echo "Merci !" | planet comment new claire-martin/visites --name "Julie R."
            """
    )

    @Argument(help: "The post: <author>/<slug>.")
    var post: String

    @Option(help: "The commenter's name, as shown.")
    var name: String

    @Option(help: "The commenter's website (http or https).")
    var website: String?

    @Option(name: .customLong("reply-to"), help: "The id of the comment this one answers.")
    var replyTo: String?

    @Option(help: "The member id, when a member writes.")
    var member: String?

    @Flag(help: "Write `status: pending`, for a comment that still awaits moderation.")
    var pending = false

    @OptionGroup var siteArgument: SiteArgument

    /// The site folder: `[SITE]` or `--site SITE`.
    var site: String { siteArgument.path }

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let console = outputOptions.console
        let parts = post.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, AuthorParser.isValidID(parts[0]), !parts[1].isEmpty, Slug.make(parts[1]) == parts[1] else {
            throw ValidationError("the post is written <author>/<slug>, such as claire-martin/mon-billet")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--name is empty") }
        if let problem = CommentAuthorName.problem(of: name) { throw ValidationError("--name: \(CommentAuthorName.describe(problem))") }
        if let website, !URLRules.isWebURL(website) {
            throw ValidationError("--website must be an http or https URL")
        }
        let body = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("the comment is empty: write its Markdown on standard input")
        }
        let (input, _) = try SiteLoader.load(folder: site)
        let (parsed, _) = SiteParser.parse(input)
        guard let content = parsed else {
            console.error("error: the site cannot be read: run `planet build` to see why")
            throw ExitCode(1)
        }
        guard content.posts.contains(where: { $0.authorID == parts[0] && $0.slug == parts[1] }) else {
            console.error("error: no post `\(parts[1])` by member `\(parts[0])`")
            throw ExitCode(1)
        }
        if let member, !content.authors.contains(where: { $0.id == member }) {
            console.error("error: no member `\(member)`")
            throw ExitCode(1)
        }
        let folder = "comments/\(parts[0])/\(parts[1])"
        if let replyTo, !content.comments.contains(where: { $0.postAuthorID == parts[0] && $0.postSlug == parts[1] && $0.id == replyTo }) {
            console.error("error: no comment `\(replyTo)` on this post")
            throw ExitCode(1)
        }
        let now = Date()
        let text = try CommentFile.text(
            name: name, date: now, website: website, member: member, replyTo: replyTo, status: pending ? .pending : .published, body: body)
        let root = SiteLoader.resolvedRoot(of: site) ?? site
        try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        let path = CommentFile.freePath(in: root + "/" + folder, stem: CommentFile.stem(name: name, date: now))
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        print(folder + "/" + (path as NSString).lastPathComponent)
    }
}
