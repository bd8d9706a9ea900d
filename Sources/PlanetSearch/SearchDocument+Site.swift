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

    /// The documents of `documents(of:comments:)` as a corpus: keys and fingerprints only, each document made when
    /// asked. A post's fingerprint is made of its `textFingerprint` (kept with the post: its fields and its body's
    /// `htmlFingerprint`, taken at parse), its member's name and the site's language and time zone, so that no post's
    /// text is read again; a comment's of its fields, its `htmlFingerprint` and its post's tags and language.
    public static func corpus(of site: Site, comments: Bool = false) -> SearchCorpus {
        let posts = site.posts
        var zoned = Calendar(identifier: .gregorian)
        zoned.timeZone = site.config.timeZone
        let calendar = zoned
        let siteLanguage = site.config.language
        var base = Fingerprint()
        base.combine(site.config.timeZone.identifier)
        base.combine(siteLanguage)
        let start = base
        let names = Dictionary(site.authors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let nameFingerprints = names.mapValues { Fingerprint.of($0) }
        @Sendable func postFingerprint(_ post: borrowing Post) -> UInt64 {
            var fingerprint = start
            fingerprint.combine(post.textFingerprint)
            fingerprint.combine(nameFingerprints[post.authorID] ?? Fingerprint.of(post.authorID))
            return fingerprint.value
        }
        var keys: [UInt64] = [], fingerprints: [UInt64] = [], places: [(post: Int, comment: Int)] = []
        guard comments else {
            // One document a post: two numbers read from each, and its path's fingerprint made without the path.
            keys.reserveCapacity(posts.count)
            fingerprints.reserveCapacity(posts.count)
            posts.withUnsafeBufferPointer { buffer in
                for position in buffer.indices {
                    keys.append(buffer[position].pathFingerprint)
                    fingerprints.append(postFingerprint(buffer[position]))
                }
            }
            return corpus(posts: posts, threads: [], keys: keys, fingerprints: fingerprints, places: nil, calendar: calendar,
                          names: names, siteLanguage: siteLanguage)
        }
        let threads = posts.parallelMap { post in
            (site.commentsByPost[post.path] ?? []).filter { $0.status == .published && $0.kind.isInThread && $0.warning.isEmpty }
        }
        // Per post: its key and fingerprint, then its comments' keys and fingerprints.
        let parts = Array(posts.indices).parallelMap { position -> [(UInt64, UInt64, Int, Int)] in
            let post = posts[position]
            var entries = [(post.pathFingerprint, postFingerprint(post), position, -1)]
            for (index, comment) in threads[position].enumerated() {
                var fingerprint = start
                for field in [comment.id, comment.authorName, comment.memberID ?? ""] { fingerprint.combine(field) }
                fingerprint.combine(comment.memberID == nil)
                fingerprint.combine(comment.htmlFingerprint)
                fingerprint.combine(comment.date.timeIntervalSince1970.bitPattern)
                fingerprint.combine(comment.hashtags)
                fingerprint.combine(post.tags)
                fingerprint.combine(post.language ?? siteLanguage)
                entries.append((Fingerprint.of(post.path + "#comment-" + comment.id), fingerprint.value, position, index))
            }
            return entries
        }
        for entries in parts {
            for (key, fingerprint, post, comment) in entries {
                keys.append(key)
                fingerprints.append(fingerprint)
                places.append((post, comment))
            }
        }
        return corpus(posts: posts, threads: threads, keys: keys, fingerprints: fingerprints, places: places, calendar: calendar,
                      names: names, siteLanguage: siteLanguage)
    }

    /// The corpus of `keys` and `fingerprints`, whose documents are made of `posts` and the comments of `threads`
    /// (by position: `places`, nil when each document is the post at its own position).
    private static func corpus(
        posts: [Post], threads: [[Comment]], keys: [UInt64], fingerprints: [UInt64], places: [(post: Int, comment: Int)]?,
        calendar: Calendar, names: [String: String], siteLanguage: String
    ) -> SearchCorpus {
        let finished = fingerprints
        return SearchCorpus(keys: keys, fingerprints: fingerprints) { position in
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
