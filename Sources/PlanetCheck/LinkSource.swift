import Foundation
import PlanetCore
import PlanetLoad
import PlanetMarkdown
import PlanetParse

/// A text whose links are checked: a published post, page or comment, with the page it appears on.
public struct LinkSource: Sendable, Hashable {
    /// The Markdown file, relative to the site folder.
    public var sourcePath: String
    /// The site path of the page that shows the text (`/alice/mon-billet/`), against which relative links resolve.
    public var pagePath: String
    /// The whole file, front matter included, so that lines are the file's lines.
    public var source: SourceText
    /// The Markdown body and the file line where it starts.
    public var body: String
    public var bodyFirstLine: Int
    public var trust: MarkdownTrust

    public init(sourcePath: String, pagePath: String, source: SourceText, body: String, bodyFirstLine: Int, trust: MarkdownTrust) {
        self.sourcePath = sourcePath
        self.pagePath = pagePath
        self.source = source
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.trust = trust
    }

    /// The texts the built `site` publishes: its posts, pages, members' pages and published comments, read from `input`.
    public static func all(in site: Site, input: SiteInput) -> [LinkSource] {
        var files: [String: SourceFile] = [:]
        for folder in input.authors {
            for post in folder.posts + folder.pages { files[post.file.path] = post.file }
        }
        for file in input.pages + input.comments { files[file.path] = file }
        var wanted: [(path: String, page: String, trust: MarkdownTrust)] = []
        wanted += site.posts.map { ($0.sourcePath, $0.path, .member) }
        wanted += site.pages.map { ($0.sourcePath, $0.path, .member) }
        wanted += site.memberPages.map { ($0.sourcePath, $0.path, .member) }
        for (postPath, comments) in site.commentsByPost {
            wanted += comments.map { ($0.sourcePath, postPath, .visitor) }
        }
        return wanted.sorted { codePointOrder($0.path, $1.path) }.compactMap { entry in
            guard let file = files[entry.path], case .success(let source) = TextDecoding.decode(path: file.path, bytes: file.bytes),
                  case .success(let split) = FrontMatter.split(source) else { return nil }
            return LinkSource(sourcePath: entry.path, pagePath: entry.page, source: source, body: split.body,
                              bodyFirstLine: split.bodyFirstLine, trust: entry.trust)
        }
    }
}
