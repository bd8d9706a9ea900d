import Foundation
import PlanetCore

extension SearchDocument {
    /// The documents of every post of `site` (outside entries included), in the site's order, each followed, with
    /// `comments`, by its post's published comments and replies (never a pending one, nor one behind a content
    /// warning, nor a mention; a comment file holds no e-mail address). A post is in its `lang:`, else the site's
    /// language; its comments in the post's. Texts stay HTML until indexed (`html`): made plain only when they changed.
    public static func documents(of site: Site, comments: Bool = false) -> [SearchDocument] {
        corpus(of: site, comments: comments).documents
    }

    /// The documents of `documents(of:comments:)` as a corpus: paths and fingerprints only, each document made when
    /// asked. A fingerprint is made of the post's (or comment's) `htmlFingerprint`, taken at parse, and of the other
    /// fields a document reads (title, summary, tags, hashtags, member, date, language, the site's time zone): no
    /// post's HTML is read again.
    public static func corpus(of site: Site, comments: Bool = false) -> SearchCorpus {
        let posts = site.posts
        var zoned = Calendar(identifier: .gregorian)
        zoned.timeZone = site.config.timeZone
        let calendar = zoned
        let siteLanguage = site.config.language
        var base = Fingerprint()
        base.combine(site.config.timeZone.identifier)
        let start = base
        let names = Dictionary(site.authors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let threads = comments ? posts.parallelMap { post in
            (site.commentsByPost[post.path] ?? []).filter { $0.status == .published && $0.kind.isInThread && $0.warning.isEmpty }
        } : []
        // A post's fingerprint: of every field its document reads, the body by its `htmlFingerprint`. The post is
        // borrowed where it lies (no copy of it, nor a retain of each field read).
        @Sendable func postFingerprint(_ post: borrowing Post, path: String) -> UInt64 {
            var fingerprint = start
            fingerprint.combine(path)
            fingerprint.combine(post.title)
            fingerprint.combine(post.summary)
            fingerprint.combine(names[post.authorID] ?? post.authorID)
            fingerprint.combine(post.language ?? siteLanguage)
            fingerprint.combine(post.htmlFingerprint)
            fingerprint.combine(post.date.timeIntervalSince1970.bitPattern)
            fingerprint.combine(post.tags)
            fingerprint.combine(post.hashtags)
            return fingerprint.value
        }
        var paths: [String] = [], fingerprints: [UInt64] = [], places: [(post: Int, comment: Int)] = []
        guard comments else {
            // One document a post: no list per post.
            paths.reserveCapacity(posts.count)
            fingerprints.reserveCapacity(posts.count)
            posts.withUnsafeBufferPointer { buffer in
                for position in buffer.indices {
                    let path = buffer[position].path
                    paths.append(path)
                    fingerprints.append(postFingerprint(buffer[position], path: path))
                }
            }
            return corpus(posts: posts, threads: [], paths: paths, fingerprints: fingerprints, places: nil, calendar: calendar,
                          names: names, siteLanguage: siteLanguage)
        }
        // Per post: its path and fingerprint, then its comments' paths and fingerprints.
        let parts = Array(posts.indices).parallelMap { position -> [(String, UInt64, Int, Int)] in
            let post = posts[position]
            let path = post.path
            let language = post.language ?? siteLanguage
            var entries = [(path, postFingerprint(post, path: path), position, -1)]
            for (index, comment) in threads[position].enumerated() {
                var fingerprint = start
                for field in [comment.id, comment.authorName, comment.memberID ?? "", language] { fingerprint.combine(field) }
                fingerprint.combine(comment.memberID == nil)
                fingerprint.combine(comment.htmlFingerprint)
                fingerprint.combine(comment.date.timeIntervalSince1970.bitPattern)
                fingerprint.combine(post.tags)
                fingerprint.combine(comment.hashtags)
                entries.append((path + "#comment-" + comment.id, fingerprint.value, position, index))
            }
            return entries
        }
        for entries in parts {
            for (path, fingerprint, post, comment) in entries {
                paths.append(path)
                fingerprints.append(fingerprint)
                places.append((post, comment))
            }
        }
        return corpus(posts: posts, threads: threads, paths: paths, fingerprints: fingerprints, places: places, calendar: calendar,
                      names: names, siteLanguage: siteLanguage)
    }

    /// The corpus of `paths` and `fingerprints`, whose documents are made of `posts` and the comments of `threads`
    /// (by position: `places`, nil when each document is the post at its own position).
    private static func corpus(
        posts: [Post], threads: [[Comment]], paths: [String], fingerprints: [UInt64], places: [(post: Int, comment: Int)]?,
        calendar: Calendar, names: [String: String], siteLanguage: String
    ) -> SearchCorpus {
        let finished = fingerprints
        return SearchCorpus(paths: paths, fingerprints: fingerprints) { position in
            let (index, commentIndex) = places?[position] ?? (position, -1)
            let post = posts[index]
            let language = post.language ?? siteLanguage
            let tagKeys = post.tags.map(Slug.groupingKey)
            guard commentIndex >= 0 else {
                return SearchDocument(
                    path: post.path, title: post.title, summary: post.summary, body: "", html: post.contentHTML, tags: post.tags,
                    hashtags: post.hashtags, member: names[post.authorID] ?? post.authorID, memberID: post.authorID, tagKeys: tagKeys,
                    year: calendar.component(.year, from: post.date), date: Int(post.date.timeIntervalSince1970.rounded(.down)),
                    language: language, fingerprint: finished[position])
            }
            let comment = threads[index][commentIndex]
            return SearchDocument(
                path: post.path + "#comment-" + comment.id, title: "", summary: "", body: "", html: comment.contentHTML, tags: [],
                hashtags: comment.hashtags, member: comment.authorName, memberID: comment.memberID ?? "", tagKeys: tagKeys,
                year: calendar.component(.year, from: comment.date), date: Int(comment.date.timeIntervalSince1970.rounded(.down)),
                language: language, fingerprint: finished[position])
        }
    }
}
