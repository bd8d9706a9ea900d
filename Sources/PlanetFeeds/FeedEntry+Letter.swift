import Foundation
import PlanetCore

extension FeedEntry {
    /// A weekly letter's entry: dated the end of its week, by the site, its content the letter's.
    init(letter: RenderedLetter, config: SiteConfig) {
        let url = config.absoluteURL(letter.path)
        self.init(
            id: "tag:\(config.host),\(RFC3339.day(letter.date)):\(letter.path)", title: letter.title,
            links: [FeedLink(rel: "alternate", type: "text/html", href: url)], published: RFC3339.string(letter.date),
            updated: RFC3339.string(letter.date), author: FeedAuthor(name: config.title, uri: config.absoluteURL("/")), categories: [],
            summary: "", content: FeedHTML(html: letter.contentHTML, base: url), source: nil)
    }
}
