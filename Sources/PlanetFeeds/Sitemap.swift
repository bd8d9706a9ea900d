import Foundation
import PlanetCore
import PlanetXML

/// `sitemap.xml` (sitemaps.org 0.9): every page of the site with, where it has one, the date of its last change.
public enum Sitemap {
    public static func render(site: Site) -> String {
        let writer = XMLWriter()
        writer.startElement("urlset", namespace: "http://www.sitemaps.org/schemas/sitemap/0.9")
        func url(_ path: String, _ lastModified: Date?) {
            writer.startElement("url")
            writer.element("loc", site.config.absoluteURL(path))
            if let lastModified { writer.element("lastmod", RFC3339.string(lastModified)) }
            writer.endElement()
        }
        let newest = { (indices: [Int]) in indices.map { site.posts[$0].lastModified }.max() }
        url("/", newest(Array(site.posts.indices)))
        url("/authors/", nil)
        for author in site.authors { url("/\(author.id)/", newest(site.postsByAuthor[author.id] ?? [])) }
        for post in site.posts { url(post.path, post.lastModified) }
        url("/tags/", nil)
        for tag in site.tags { url(tag.path, newest(tag.postIndices)) }
        url("/hashtags/", nil)
        for hashtag in site.hashtags { url(hashtag.path, newest(hashtag.postIndices)) }
        for page in site.pages { url(page.path, nil) }
        for page in site.memberPages { url(page.path, nil) }
        writer.endElement()
        return writer.finish()
    }
}
