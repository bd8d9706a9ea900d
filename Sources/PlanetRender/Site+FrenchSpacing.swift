import PlanetCore

extension Site {
    /// The site with French spacing (`Typography.frenchSpacing`) in the plain-text fields that pages show:
    /// the site's title, description and comment form's question, titles and summaries of posts and pages,
    /// members' bios, mentions' titles.
    /// Their HTML content was spaced when it was sanitized.
    func withFrenchSpacing() -> Site {
        var site = self
        site.config.title = Typography.frenchSpacing(config.title)
        site.config.description = Typography.frenchSpacing(config.description)
        site.config.comments.question = config.comments.question.map(Typography.frenchSpacing)
        for index in site.posts.indices {
            site.posts[index].title = Typography.frenchSpacing(posts[index].title)
            site.posts[index].summary = Typography.frenchSpacing(posts[index].summary)
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
            site.authors[index].bio = Typography.frenchSpacing(authors[index].bio)
        }
        return site
    }
}
