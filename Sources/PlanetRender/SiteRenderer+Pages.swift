import Foundation
import PlanetCore
import PlanetTemplate

extension SiteRenderer {
    func renderHome(_ context: ContextBuilder) -> [OutputFile] {
        paginated(site.river, base: "/", context: context) { path, posts, pagination in
            let common = context.base(
                path: path, heading: site.config.title,
                title: pagination.flatMap { $0.current == 1 ? nil : "\(site.config.title) · \($0.label)" },
                description: site.config.description, feeds: [context.siteFeed, context.feed(strings["feed_comments"], "/comments.xml")]
                    + (site.letters.isEmpty ? [] : [context.feed(strings["feed_letters"], "/\(WeeklyLetter.folder(language: site.config.language))/atom.xml")]),
                navigation: path == "/" ? .home : nil, section: .home)
            let letter = path == "/" ? site.letters.first.map { latest in
                TitledLink(title: letterValues(latest, context).title, url: context.link(latest.path(language: site.config.language)))
            } : nil
            let home = HomePage(
                posts: posts, conversations: path == "/" ? context.latestConversations() : [], letter: letter,
                lettersURL: site.letters.isEmpty ? "" : context.link("/\(WeeklyLetter.folder(language: site.config.language))/"),
                pagination: pagination)
            return page("home", path: path, common, home)
        }
    }

    func renderAuthor(_ author: Author, _ context: ContextBuilder) -> [OutputFile] {
        let indices = site.postsByAuthor[author.id] ?? []
        let topics = context.mostUsedTopics(on: indices)
        let profile = Shared(Merged(context.authorSummary(author.id), AuthorProfile(
            bio: author.bio, website: author.website, links: author.links.map { TitledLink(title: $0.title, url: $0.url) },
            postCount: indices.count, postCountLabel: strings.plural("posts", count: indices.count),
            feedURL: context.link("/\(author.id)/atom.xml"), topTags: topics.tags, topHashtags: topics.hashtags,
            years: DateArchive(posts: site.posts, indices: indices, timeZone: site.config.timeZone).years.map { year in
                var period = context.archivePeriod(year)
                period.url = context.link("/\(author.id)\(year.path)")
                return period
            },
            pages: site.memberPages.filter { $0.authorID == author.id }.map { TitledLink(title: $0.title, url: context.link($0.path)) })))
        let feed = context.feed(strings.format("feed_author", ["name": author.name]), "/\(author.id)/atom.xml")
        let avatar = author.avatarFile.map { site.config.absoluteURL("/\(author.id)/\($0)") }
        return paginated(indices, base: "/\(author.id)/", context: context) { path, posts, pagination in
            let common = context.base(
                path: path, heading: author.name, description: author.bio, ogType: "profile", ogImage: avatar,
                feeds: [feed, context.siteFeed], section: .authors)
            return page("author", path: path, common, AuthorPage(author: profile, posts: posts, pagination: pagination))
        }
    }

    func renderPost(_ index: Int, _ context: ContextBuilder) -> OutputFile {
        let post = site.posts[index]
        guard let author = site.author(post.authorID) else { return OutputFile(path: post.path, text: "") }
        var common = context.base(
            path: post.path, heading: post.title, description: post.summary, ogType: "article",
            ogImage: author.avatarFile.map { site.config.absoluteURL("/\(author.id)/\($0)") },
            feeds: [context.feed(strings.format("feed_author", ["name": author.name]), "/\(author.id)/atom.xml"), context.siteFeed]
                + (post.commentsOpen
                    ? [context.feed(strings.format("feed_post_comments", ["title": post.title]), post.path + "comments.xml")] : []),
            section: .authors)
        common.page.fediverseCreator = author.fediverse?.handle
        let comments = site.commentsByPost[post.path] ?? []
        let neighbours = sameMemberNeighbours(of: index)
        var authorDetails = context.authorSummary(author.id)
        authorDetails.bio = author.bio
        let details = PostDetails(
            commentsFeedURL: post.commentsOpen ? context.link(post.path + "comments.xml") : "", commentsClosed: !post.commentsOpen,
            author: authorDetails, contentHTML: post.contentHTML, updatedISO: post.updated.map(RFC3339.string) ?? "",
            updatedDisplay: post.updated.map { context.dates.date($0) } ?? "",
            comments: CommentTree.build(comments, post: post, context: context),
            mentions: MentionValues.build(site.mentionsByPost[post.path] ?? [], context: context),
            responses: (site.responsesByPost[post.path] ?? []).map { Response(context.postSummaries[$0]) },
            commentForm: CommentFormValues.form(for: post, comments: comments, context: context),
            commentByPullRequest: CommentFormValues.pullRequest(for: post, context: context),
            neighbours: neighbours.previous == nil && neighbours.next == nil ? nil : PostNeighbours(
                label: strings.format("post_neighbours_label", ["name": author.name]),
                previous: neighbours.previous.map(context.neighbour), next: neighbours.next.map(context.neighbour)),
            discussions: DiscussionLink.links(for: post, strings: strings),
            contentLang: PostDetails.contentLang(of: post, siteLanguage: site.config.language))
        return page("post", path: post.path, common, PostPage(post: Merged(context.postSummaries[index], details)))
    }

    /// The same member's posts just older (`previous`) and just newer (`next`) than the post at `index`
    /// (`postsByAuthor` is in increasing index order: a binary search finds the post).
    func sameMemberNeighbours(of index: Int) -> (previous: Int?, next: Int?) {
        let indices = site.postsByAuthor[site.posts[index].authorID] ?? []
        var low = 0, high = indices.count
        while low < high {
            let middle = (low + high) / 2
            if indices[middle] < index { low = middle + 1 } else { high = middle }
        }
        guard low < indices.count, indices[low] == index else { return (nil, nil) }
        let position = low
        return (position + 1 < indices.count ? indices[position + 1] : nil, position > 0 ? indices[position - 1] : nil)
    }

    func renderAuthorsIndex(_ context: ContextBuilder) -> OutputFile {
        let common = context.base(path: "/authors/", heading: strings["authors_title"], description: site.config.description,
                                  feeds: [context.siteFeed], navigation: .authors)
        let authors = site.authors.map { author in
            let indices = site.postsByAuthor[author.id] ?? []
            var summary = context.authorSummary(author.id)
            summary.bio = author.bio
            let lastPost = indices.first.map { latest in
                let post = context.postSummaries[latest]
                return LastPost(title: post.title, url: post.url, dateISO: post.dateISO, dateDisplay: post.dateDisplay)
            }
            return Merged(summary, AuthorListing(
                postCount: indices.count, postCountLabel: strings.plural("posts", count: indices.count), lastPost: lastPost))
        }
        return page("authors", path: "/authors/", common, AuthorsPage(authors: authors))
    }

    func renderTagsIndex(_ context: ContextBuilder) -> OutputFile {
        let common = context.base(path: "/tags/", heading: strings["tags_title"], description: site.config.description,
                                  feeds: [context.siteFeed], navigation: .tags)
        let tags = site.tags.sorted { codePointOrder(Slug.groupingKey($0.name), Slug.groupingKey($1.name)) }.map { tag in
            TagCount(name: tag.name, url: context.link(tag.path), count: tag.postIndices.count,
                     countLabel: strings.plural("posts", count: tag.postIndices.count))
        }
        return page("tags", path: "/tags/", common, TagsPage(tags: tags))
    }

    func renderTag(_ tag: Tag, _ context: ContextBuilder) -> [OutputFile] {
        let heading = strings.format("tag_title", ["name": tag.name])
        let feed = context.feed(strings.format("feed_tag", ["name": tag.name]), "\(tag.path)atom.xml")
        let topics = context.mostUsedTopics(on: tag.postIndices, excluding: tag.key)
        let details = Shared(TagDetails(
            name: tag.name, url: context.link(tag.path), feedURL: feed.url,
            countLabel: strings.plural("posts", count: tag.postIndices.count), related: topics.tags + topics.hashtags,
            members: context.rankedMembers(tag.postIndices.map { site.posts[$0].authorID })))
        return paginated(tag.postIndices, base: tag.path, context: context) { path, posts, pagination in
            let common = context.base(path: path, heading: heading, description: heading, feeds: [feed, context.siteFeed],
                                      section: .tags)
            return page("tag", path: path, common, TagPage(tag: details, posts: posts, pagination: pagination))
        }
    }

    func renderPage(_ standalone: Page, _ context: ContextBuilder) -> OutputFile {
        let common = context.base(path: standalone.path, heading: standalone.title, description: standalone.summary,
                                  feeds: [context.siteFeed])
        return page("page", path: standalone.path, common,
                    StandalonePage(contentPage: ContentPage(title: standalone.title, contentHTML: standalone.contentHTML)))
    }

    func renderNotFound(_ context: ContextBuilder) -> OutputFile {
        let common = context.base(path: "/404.html", heading: strings["not_found_title"], description: "", feeds: [context.siteFeed])
        return page("404", path: "/404.html", common, NotFoundPage())
    }
}
