import Foundation
import PlanetCore
import PlanetTemplate

/// The XML half of the render stage: the site's Atom feeds and its sitemap.
public enum FeedRenderer {
    /// `/atom.xml`, `/<author>/atom.xml`, `/tags/<tag>/atom.xml`, `/hashtags/<hashtag>/atom.xml`,
    /// the comment feeds, `/sitemap.xml` and `/opml.xml`. A feed whose fingerprint (its `FeedDocument`'s,
    /// and `toolIdentity`) is the one in `previousFingerprints` (by output path) is `.unchanged`. Feeds are
    /// rendered when the writer runs their jobs.
    /// A French site's titles and summaries are spaced as on its pages (`Site.withFrenchSpacing`).
    /// `letters` (`SiteRenderer.renderedLetters`, newest first) make the feed of weekly letters, `/letters/atom.xml`
    /// (`/lettres/atom.xml` on a French site) titled `letterFeedTitle`, when there is one.
    public static func render(
        site unspaced: Site, letters: [RenderedLetter] = [], letterFeedTitle: String = "", previousFingerprints: [String: UInt64] = [:], toolIdentity: UInt64 = 0
    ) -> OutputPlan {
        let site = Typography.isFrench(unspaced.config.language) ? unspaced.withFrenchSpacing() : unspaced
        var all = documents(site: site)
        if let letterFeed = letterDocument(site: site, letters: letters, title: letterFeedTitle) { all.append(letterFeed) }
        let feeds = all.map { document in
            var fingerprint = Fingerprint()
            fingerprint.combine(toolIdentity)
            fingerprint.combine(PendingValue(encoding: document).fingerprint)
            return (document: document, fingerprint: fingerprint.value)
        }
        let changed = feeds.filter { previousFingerprints[$0.document.outputPath] != $0.fingerprint }
        let content = FeedContent(entries: changed.flatMap(\.document.entries))
        var jobs = feeds.map { document, fingerprint in
            OutputPlan.Job {
                let path = document.outputPath
                if previousFingerprints[path] == fingerprint { return [OutputFile(path: path, content: .unchanged, fingerprint: fingerprint)] }
                let text = AtomFeed.render(document, contents: document.entries.map(content.html))
                return [OutputFile(path: path, text: text, fingerprint: fingerprint)]
            }
        }
        jobs.append(OutputPlan.Job { [OutputFile(path: "sitemap.xml", text: Sitemap.render(site: site))] })
        jobs.append(OutputPlan.Job { [OutputFile(path: "opml.xml", text: OPML.render(site: site))] })
        return OutputPlan(jobs: jobs)
    }

    /// Every feed: the site's, each member's, each tag's and each hashtag's posts (newest first); then the
    /// comments of every post open to comments, and the site's latest comments, members' pages' included (newest first). Each cut to
    /// `feed_entries`. A post's or comment's entry is made once for all the feeds that carry it.
    static func documents(site: Site) -> [FeedDocument] {
        let config = site.config
        let title = config.title
        let lists: [(title: String, pagePath: String, indices: [Int])] = [(title, "/", site.river)]
            + site.authors.map { ("\($0.name) · \(title)", "/\($0.id)/", site.postsByAuthor[$0.id] ?? []) }
            + site.tags.map { ("\($0.name) · \(title)", $0.path, $0.postIndices) }
            + site.hashtags.map { ("#\($0.name) · \(title)", $0.path, $0.postIndices) }
        // An entry is made only for a post that some feed shows (each feed is cut to `feed_entries`).
        let shown = Array(Set(lists.flatMap { $0.indices.prefix(config.feedEntries) })).sorted()
        let postEntries = Dictionary(uniqueKeysWithValues: zip(shown, shown.parallelMap { Shared(FeedEntry(post: site.posts[$0], site: site)) }))
        var feeds = lists.map { title, pagePath, indices in
            let listed = indices.prefix(config.feedEntries)
            return document(config: config, title: title, subtitle: config.description, path: pagePath + "atom.xml", pagePath: pagePath,
                            updated: listed.map { site.posts[$0].lastModified }.max(), entries: listed.compactMap { postEntries[$0] })
        }

        typealias Listed = (entry: Shared<FeedEntry>, date: Date, key: String)
        func commentFeed(_ title: String, path: String, pagePath: String, _ listed: some Collection<Listed>) -> FeedDocument {
            let shown = listed.prefix(config.feedEntries)
            return document(config: config, title: title, subtitle: "", path: path, pagePath: pagePath,
                            updated: shown.map(\.date).max(), entries: shown.map(\.entry))
        }
        var all: [Listed] = []
        for post in site.posts + site.memberPages {
            let listed = (site.commentsByPost[post.path] ?? []).map { comment in
                (entry: Shared(FeedEntry(comment: comment, post: post, config: config)), date: comment.date, key: post.path + comment.id)
            }
            all += listed
            // A member's page is in the site's comment feed, but has no feed of its own (its page names none).
            guard post.commentsOpen, site.memberPage(at: post.path) == nil else { continue }
            feeds.append(commentFeed("\(post.title) · \(title)", path: post.path + "comments.xml", pagePath: post.path, listed.reversed()))
        }
        let newest = all.sorted { $0.date != $1.date ? $0.date > $1.date : codePointOrder($0.key, $1.key) }
        feeds.append(commentFeed(title, path: "/comments.xml", pagePath: "/", newest))
        return feeds
    }

    /// The feed of weekly letters, newest first, cut to `feed_entries`; nil without letters.
    static func letterDocument(site: Site, letters: [RenderedLetter], title: String) -> FeedDocument? {
        guard !letters.isEmpty else { return nil }
        let config = site.config
        let folder = "/\(WeeklyLetter.folder(language: config.language))/"
        let shown = letters.prefix(config.feedEntries)
        return document(
            config: config, title: "\(title) · \(config.title)", subtitle: config.description,
            path: folder + "atom.xml", pagePath: folder, updated: shown.map(\.date).max(),
            entries: shown.map { Shared(FeedEntry(letter: $0, config: config)) })
    }

    static func document(config: SiteConfig, title: String, subtitle: String, path: String, pagePath: String, updated: Date?,
                         entries: [Shared<FeedEntry>]) -> FeedDocument {
        FeedDocument(
            path: path, lang: config.language, id: config.absoluteURL(path), title: title, subtitle: subtitle,
            updated: RFC3339.string(updated ?? Date(timeIntervalSince1970: 0)), selfURL: config.absoluteURL(path),
            alternateURL: config.absoluteURL(pagePath), entries: entries)
    }
}
