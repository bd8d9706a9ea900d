import PlanetCore
import PlanetLoad
import PlanetParse

extension FetchCommand {
    /// The member's published posts, each with the discussions it names (`discussion:`).
    static func targets(_ folder: AuthorFolder, config: SiteConfig, diagnostics: inout [Diagnostic]) -> [(target: DiscussionRun.Target, url: String, file: SourceFile)] {
        folder.posts.compactMap { source in
            let (post, postDiagnostics) = PostParser.parse(source, authorID: folder.id, config: config)
            diagnostics += postDiagnostics.filter { $0.message.hasPrefix("discussion ") }
            guard let post, !post.isDraft else { return nil }
            return (DiscussionRun.Target(authorID: folder.id, slug: post.slug, discussions: post.discussions), config.absoluteURL(post.path), source.file)
        }
    }
}
