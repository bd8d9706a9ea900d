extension Site {
    /// The site with French spacing and quotes (`Typography.frenchSpacing`) in the plain-text fields that pages and feeds
    /// show: the site's title, description and comment form's question, titles and summaries of posts (outside entries
    /// included) and pages, members' names, bios and links' titles, mentions' titles. Their HTML content was spaced when it was sanitized.
    /// Both the pages' and the feeds' renderers start from it, for a French site.
    public func withFrenchSpacing() -> Site {
        var site = self
        site.config.title = Typography.frenchSpacing(config.title)
        site.config.description = Typography.frenchSpacing(config.description)
        site.config.comments.question = config.comments.question.map(Typography.frenchSpacing)
        for index in site.posts.indices {
            site.posts[index].title = Typography.frenchSpacing(posts[index].title)
            site.posts[index].summary = Typography.frenchSpacing(posts[index].summary)
        }
        for index in site.memberPages.indices {
            site.memberPages[index].title = Typography.frenchSpacing(memberPages[index].title)
            site.memberPages[index].summary = Typography.frenchSpacing(memberPages[index].summary)
        }
        for index in site.pages.indices {
            site.pages[index].title = Typography.frenchSpacing(pages[index].title)
            site.pages[index].summary = Typography.frenchSpacing(pages[index].summary)
        }
        for (path, mentions) in mentionsByPost {
            site.mentionsByPost[path] = mentions.map { mention in
                var spaced = mention
                spaced.title = Typography.frenchSpacing(mention.title)
                return spaced
            }
        }
        for index in site.authors.indices {
            site.authors[index].name = Typography.frenchSpacing(authors[index].name)
            site.authors[index].bio = Typography.frenchSpacing(authors[index].bio)
            for link in authors[index].links.indices {
                site.authors[index].links[link].title = Typography.frenchSpacing(authors[index].links[link].title)
            }
        }
        return site
    }
}
