import Foundation
import PlanetCore

/// The weekly letter of a week, made from the aggregated site: its posts by member, its liveliest conversations,
/// its new members and its hashtags. A pure function of the site and the week.
public enum WeeklyLetters {
    /// How many conversations a letter lists.
    public static let conversationLimit = 5

    /// Every recorded letter, newest first; a week with nothing published is a warning at its file, and left out.
    public static func make(_ records: [LetterRecord], site: Site, diagnostics: inout [Diagnostic]) -> [WeeklyLetter] {
        var letters: [WeeklyLetter] = []
        for record in records {
            if let letter = make(week: record.week, site: site, sourcePath: record.sourcePath) {
                letters.append(letter)
            } else {
                diagnostics.append(.warning(
                    "nothing was published in \(record.week): no letter for that week; remove the file",
                    at: SourceLocation(path: record.sourcePath)))
            }
        }
        return letters.sorted { $0.week > $1.week }
    }

    /// The letter of `week` in the site's time zone, or nil when nothing was published or commented that week.
    public static func make(week: LetterWeek, site: Site, sourcePath: String? = nil) -> WeeklyLetter? {
        let (start, end) = week.interval(in: site.config.timeZone)
        let inWeek = { (date: Date) in date >= start && date < end }
        let weekPosts = site.posts.indices.filter { inWeek(site.posts[$0].date) }
        var commentsOfWeek: [(path: String, comment: Comment)] = []
        // Readers' comments and the replies brought home from Mastodon and Bluesky; mentions are responses elsewhere.
        for path in site.commentsByPost.keys.sorted(by: codePointOrder) {
            for comment in site.commentsByPost[path]! where comment.kind.isInThread && inWeek(comment.date) {
                commentsOfWeek.append((path, comment))
            }
        }
        guard !weekPosts.isEmpty || !commentsOfWeek.isEmpty else { return nil }

        let name = { (id: String) in site.author(id)?.name ?? id }
        let byName = { (lhs: String, rhs: String) in
            let (left, right) = (Slug.groupingKey(name(lhs)), Slug.groupingKey(name(rhs)))
            return left != right ? codePointOrder(left, right) : codePointOrder(lhs, rhs)
        }
        var postsByMember: [String: [Int]] = [:]
        for index in weekPosts { postsByMember[site.posts[index].authorID, default: []].append(index) }
        let members = postsByMember.keys.sorted(by: byName).map { id in
            WeeklyLetter.MemberPosts(authorID: id, postIndices: postsByMember[id]!.sorted { oldestFirst(site.posts, $0, $1) })
        }

        var commentCounts: [String: Int] = [:]
        for (path, _) in commentsOfWeek { commentCounts[path, default: 0] += 1 }
        var responses: [String: [Int]] = [:]
        for (path, indices) in site.responsesByPost {
            let ofWeek = indices.filter { inWeek(site.posts[$0].date) }
            if !ofWeek.isEmpty { responses[path] = ofWeek }
        }
        let answered = Set(commentCounts.keys).union(responses.keys).compactMap { path -> WeeklyLetter.Conversation? in
            guard let index = site.posts.firstIndex(where: { $0.path == path }) else { return nil }
            return WeeklyLetter.Conversation(postIndex: index, commentCount: commentCounts[path] ?? 0, responseIndices: responses[path] ?? [])
        }
        let conversations = answered.sorted { lhs, rhs in
            let (left, right) = (lhs.commentCount + lhs.responseIndices.count, rhs.commentCount + rhs.responseIndices.count)
            return left != right ? left > right : lhs.postIndex < rhs.postIndex
        }
        .prefix(conversationLimit)

        var firstPost: [String: Date] = [:]
        for post in site.posts { firstPost[post.authorID] = min(firstPost[post.authorID] ?? post.date, post.date) }
        let newMembers = firstPost.filter { inWeek($0.value) && site.author($0.key) != nil }.keys.sorted(by: byName)

        var hashtagCounts: [String: Int] = [:]
        let written = weekPosts.flatMap { site.posts[$0].hashtags } + commentsOfWeek.flatMap(\.comment.hashtags)
        for name in written {
            if let hashtag = site.hashtag(named: name) { hashtagCounts[hashtag.key, default: 0] += 1 }
        }
        let hashtags = hashtagCounts.sorted { $0.value != $1.value ? $0.value > $1.value : codePointOrder($0.key, $1.key) }
            .map { WeeklyLetter.HashtagUse(key: $0.key, count: $0.value) }

        return WeeklyLetter(
            week: week, start: start, end: end, members: members, conversations: Array(conversations), newMemberIDs: newMembers,
            hashtags: hashtags, sourcePath: sourcePath ?? LetterRecord.path(of: week))
    }

    /// Oldest first by date, ties in the site's order.
    private static func oldestFirst(_ posts: [Post], _ lhs: Int, _ rhs: Int) -> Bool {
        posts[lhs].date != posts[rhs].date ? posts[lhs].date < posts[rhs].date : lhs > rhs
    }
}
