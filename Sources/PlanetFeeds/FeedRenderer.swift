import PlanetCore

/// The XML half of the render stage: the site's Atom feeds and its sitemap.
public enum FeedRenderer {
    /// `/atom.xml`, `/<author>/atom.xml`, `/tags/<tag>/atom.xml` and `/sitemap.xml`.
    public static func render(site: Site) -> [OutputFile] {
        let title = site.config.title
        var files = [OutputFile(
            path: "atom.xml", text: AtomFeed.render(site: site, title: title, path: "/atom.xml", pagePath: "/", posts: site.posts))]
        for author in site.authors {
            let posts = (site.postsByAuthor[author.id] ?? []).map { site.posts[$0] }
            files.append(OutputFile(path: "\(author.id)/atom.xml", text: AtomFeed.render(
                site: site, title: "\(author.name) · \(title)", path: "/\(author.id)/atom.xml", pagePath: "/\(author.id)/", posts: posts)))
        }
        for tag in site.tags {
            files.append(OutputFile(path: "tags/\(tag.slug)/atom.xml", text: AtomFeed.render(
                site: site, title: "\(tag.name) · \(title)", path: "\(tag.path)atom.xml", pagePath: tag.path,
                posts: tag.postIndices.map { site.posts[$0] })))
        }
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.render(site: site)))
        return files
    }
}
