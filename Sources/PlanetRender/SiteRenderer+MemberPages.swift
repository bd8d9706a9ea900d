import Foundation
import PlanetCore
import PlanetTemplate

extension SiteRenderer {
    /// A member's own page, `/<id>/<slug>/`: the `post` template, with its comments and form as a post's, but no date,
    /// tags, neighbours, community responses or feed of its own.
    func renderMemberPage(_ memberPage: Post, _ context: ContextBuilder) -> OutputFile {
        guard let author = site.author(memberPage.authorID) else { return OutputFile(path: memberPage.path, text: "") }
        var common = context.base(
            path: memberPage.path, heading: memberPage.title, description: memberPage.summary, ogType: "article",
            ogImage: author.avatarFile.map { site.config.absoluteURL("/\(author.id)/\($0)") },
            feeds: [context.feed(strings.format("feed_author", ["name": author.name]), "/\(author.id)/atom.xml"), context.siteFeed],
            section: .authors)
        common.page.fediverseCreator = author.fediverse?.handle
        let comments = site.commentsByPost[memberPage.path] ?? []
        var authorDetails = context.authorSummary(author.id)
        authorDetails.bio = author.bio
        let details = PostDetails(
            commentsFeedURL: "", commentsClosed: !memberPage.commentsOpen, author: authorDetails, contentHTML: memberPage.contentHTML,
            updatedISO: "", updatedDisplay: "",
            comments: CommentTree.build(comments, post: memberPage, context: context),
            mentions: MentionValues.build(site.mentionsByPost[memberPage.path] ?? [], context: context),
            responses: [],
            commentForm: CommentFormValues.form(for: memberPage, comments: comments, context: context),
            commentByPullRequest: CommentFormValues.pullRequest(for: memberPage, context: context),
            neighbours: nil, discussions: DiscussionLink.links(for: memberPage, strings: strings),
            contentLang: PostDetails.contentLang(of: memberPage, siteLanguage: site.config.language))
        return page("post", path: memberPage.path, common, PostPage(post: Merged(context.memberPageSummary(memberPage), details)))
    }
}
