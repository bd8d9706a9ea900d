import Foundation
import PlanetCore

extension SiteRenderer {
    func renderHome(_ context: ContextBuilder) -> [OutputFile] {
        paginated(site.river, base: "/", context: context) { path, posts, pagination in
            var values = context.base(
                path: path, heading: site.config.title,
                title: pagination.flatMap { number in number["current"] as? Int == 1 ? nil : "\(site.config.title) · \(number["label"]!)" },
                description: site.config.description, feeds: [context.siteFeed, (strings["feed_comments"], "/comments.xml")],
                navigation: path == "/" ? "home" : nil)
            values["posts"] = posts
            values["conversations"] = path == "/" ? context.latestConversations() : []
            if let pagination { values["pagination"] = pagination }
            return page("home", path: path, values)
        }
    }

    func renderAuthor(_ author: Author, _ context: ContextBuilder) -> [OutputFile] {
        let indices = site.postsByAuthor[author.id] ?? []
        var profile = context.authorSummary(author.id)
        profile["bio"] = author.bio
        profile["website"] = author.website
        profile["links"] = author.links.map { ["title": $0.title, "url": $0.url] }
        profile["post_count"] = indices.count
        profile["post_count_label"] = strings.plural("posts", count: indices.count)
        profile["feed_url"] = context.link("/\(author.id)/atom.xml")
        let topics = context.mostUsedTopics(on: indices)
        profile["top_tags"] = topics.tags
        profile["top_hashtags"] = topics.hashtags
        let sharedProfile = SharedValues(profile)
        let feed = (strings.format("feed_author", ["name": author.name]), "/\(author.id)/atom.xml")
        let avatar = author.avatarFile.map { site.config.absoluteURL("/\(author.id)/\($0)") }
        return paginated(indices, base: "/\(author.id)/", context: context) { path, posts, pagination in
            var values = context.base(
                path: path, heading: author.name, description: author.bio, ogType: "profile", ogImage: avatar,
                feeds: [feed, context.siteFeed])
            values["author"] = sharedProfile
            values["posts"] = posts
            if let pagination { values["pagination"] = pagination }
            return page("author", path: path, values)
        }
    }

    func renderPost(_ index: Int, _ context: ContextBuilder) -> OutputFile {
        let post = site.posts[index]
        guard let author = site.author(post.authorID) else { return OutputFile(path: post.path, text: "") }
        var values = context.base(
            path: post.path, heading: post.title, description: post.summary, ogType: "article",
            ogImage: author.avatarFile.map { site.config.absoluteURL("/\(author.id)/\($0)") },
            feeds: [(strings.format("feed_author", ["name": author.name]), "/\(author.id)/atom.xml"), context.siteFeed]
                + (post.commentsOpen ? [(strings.format("feed_post_comments", ["title": post.title]), post.path + "comments.xml")] : []))
        var details = context.postSummaries[index]
        details["comments_feed_url"] = post.commentsOpen ? context.link(post.path + "comments.xml") : ""
        details["comments_closed"] = !post.commentsOpen
        var authorDetails = context.authorSummary(author.id)
        authorDetails["bio"] = author.bio
        details["author"] = authorDetails
        details["content_html"] = post.contentHTML
        details["updated_iso"] = post.updated.map(RFC3339.string) ?? ""
        details["updated_display"] = post.updated.map { context.dates.date($0) } ?? ""
        let comments = site.commentsByPost[post.path] ?? []
        details["mentions"] = MentionValues.build(site.mentionsByPost[post.path] ?? [], context: context)
        details["responses"] = ResponseValues.build(site.responsesByPost[post.path] ?? [], context: context)
        details.merge(CommentFormValues.values(for: post, comments: comments, context: context)) { current, _ in current }
        values["post"] = details
        return page("post", path: post.path, values, late: CommentTree.fingerprint(comments, post: post, context: context)) { values in
            details["comments"] = CommentTree.build(comments, post: post, context: context)
            values["post"] = details
        }
    }

    func renderAuthorsIndex(_ context: ContextBuilder) -> OutputFile {
        let heading = strings["authors_title"]
        var values = context.base(path: "/authors/", heading: heading, description: site.config.description,
                                  feeds: [context.siteFeed], navigation: "authors")
        values["authors"] = site.authors.map { author -> [String: Any] in
            let indices = site.postsByAuthor[author.id] ?? []
            var entry = context.authorSummary(author.id)
            entry["bio"] = author.bio
            entry["post_count"] = indices.count
            entry["post_count_label"] = strings.plural("posts", count: indices.count)
            if let latest = indices.first {
                let summary = context.postSummaries[latest]
                entry["last_post"] = [
                    "title": summary["title"]!, "url": summary["url"]!,
                    "date_iso": summary["date_iso"]!, "date_display": summary["date_display"]!,
                ] as [String: Any]
            }
            return entry
        }
        return page("authors", path: "/authors/", values)
    }

    func renderTagsIndex(_ context: ContextBuilder) -> OutputFile {
        var values = context.base(path: "/tags/", heading: strings["tags_title"], description: site.config.description,
                                  feeds: [context.siteFeed], navigation: "tags")
        values["tags"] = site.tags.sorted { codePointOrder(Slug.groupingKey($0.name), Slug.groupingKey($1.name)) }.map { tag in
            [
                "name": tag.name, "url": context.link(tag.path), "count": tag.postIndices.count,
                "count_label": strings.plural("posts", count: tag.postIndices.count),
            ] as [String: Any]
        }
        return page("tags", path: "/tags/", values)
    }

    func renderTag(_ tag: Tag, _ context: ContextBuilder) -> [OutputFile] {
        let heading = strings.format("tag_title", ["name": tag.name])
        let feed = (strings.format("feed_tag", ["name": tag.name]), "\(tag.path)atom.xml")
        let topics = context.mostUsedTopics(on: tag.postIndices, excluding: tag.key)
        let details = SharedValues([
            "name": tag.name, "url": context.link(tag.path), "feed_url": context.link(feed.1),
            "count_label": strings.plural("posts", count: tag.postIndices.count),
            "related": topics.tags + topics.hashtags,
            "members": context.rankedMembers(tag.postIndices.map { site.posts[$0].authorID }),
        ])
        return paginated(tag.postIndices, base: tag.path, context: context) { path, posts, pagination in
            var values = context.base(path: path, heading: heading, description: heading, feeds: [feed, context.siteFeed])
            values["tag"] = details
            values["posts"] = posts
            if let pagination { values["pagination"] = pagination }
            return page("tag", path: path, values)
        }
    }

    func renderPage(_ standalone: Page, _ context: ContextBuilder) -> OutputFile {
        var values = context.base(path: standalone.path, heading: standalone.title, description: standalone.summary,
                                  feeds: [context.siteFeed])
        values["content_page"] = ["title": standalone.title, "content_html": standalone.contentHTML]
        return page("page", path: standalone.path, values)
    }

    func renderNotFound(_ context: ContextBuilder) -> OutputFile {
        let values = context.base(path: "/404.html", heading: strings["not_found_title"], description: "",
                                  feeds: [context.siteFeed])
        return page("404", path: "/404.html", values)
    }
}
