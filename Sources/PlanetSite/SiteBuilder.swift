import Foundation
import PlanetCore

/// The aggregate stage: decides what is published and builds the site's indices.
/// A pure function of its input; every order it produces is total and deterministic.
public enum SiteBuilder {
    /// `knownURLs` are the URLs of posts' HTML read by earlier builds, by the HTML's fingerprint
    /// (`Post.htmlFingerprint`); `linkedURLs` gives those of this build's posts, for the next one.
    public static func build(
        _ content: SiteContent, options: SiteBuilderOptions, knownURLs: [UInt64: [String]] = [:]
    ) -> (site: Site, diagnostics: [Diagnostic], linkedURLs: [UInt64: [String]]) {
        var diagnostics: [Diagnostic] = []
        let staticNames = Set(content.staticFiles.compactMap { $0.split(separator: "/").first.map(String.init) })
        let reserved = ReservedNames.topLevel.union(options.themeNames)

        var authors: [Author] = []
        for var author in content.authors {
            if let avatar = author.avatarFile, content.memberFiles["authors/\(author.id)/\(avatar)"] == nil {
                author.avatarFile = nil
            }
            if reserved.contains(author.id) || staticNames.contains(author.id) {
                diagnostics.append(.error(
                    "member id `\(author.id)` is reserved: /\(author.id)/ is one of the site's own addresses; rename the folder authors/\(author.id)/",
                    at: SourceLocation(path: author.sourcePath)))
            } else {
                authors.append(author)
            }
        }
        let authorIDs = Set(authors.map(\.id))

        var pages: [Page] = []
        var pageNamesSeen: [String: String] = [:]
        for page in content.pages {
            if reserved.contains(page.name) || authorIDs.contains(page.name) || staticNames.contains(page.name) {
                diagnostics.append(.error(
                    "page name `\(page.name)` is taken by \(authorIDs.contains(page.name) ? "a member" : "the site's own addresses"); rename the file",
                    at: SourceLocation(path: page.sourcePath)))
            } else if let other = pageNamesSeen[page.name] {
                diagnostics.append(.error("page `\(page.name)` is defined twice; also in \(other)", at: SourceLocation(path: page.sourcePath)))
            } else {
                pageNamesSeen[page.name] = page.sourcePath
                pages.append(page)
            }
        }
        pages.sort { ($0.weight, $0.title, $0.name) < ($1.weight, $1.title, $1.name) }

        let native = publishedPosts(
            content.posts, authors: authorIDs, options: options, timeZone: content.config.timeZone, diagnostics: &diagnostics)
        var posts = newestFirst(OutsideEntries.join(
            content.outsidePosts.filter { authorIDs.contains($0.authorID) }, to: native, config: content.config, now: options.now,
            includeDrafts: options.includeDrafts))
        var postsByAuthor: [String: [Int]] = [:]
        for (index, post) in posts.enumerated() { postsByAuthor[post.authorID, default: []].append(index) }
        // Read before hashtags become links: the HTML is still the one `htmlFingerprint` was made of.
        let linkedURLs = posts.parallelMap { post in knownURLs[post.htmlFingerprint] ?? CommunityResponses.urls(in: post.contentHTML) }

        let tags = TagGrouping.group(posts.map(\.tags), section: "tags")
        let memberPages = publishedMemberPages(
            content.memberPages, authors: authorIDs, posts: content.posts + posts.filter { $0.origin != nil }, options: options,
            diagnostics: &diagnostics)

        let knownPosts = content.posts.filter { authorIDs.contains($0.authorID) } + content.memberPages.filter { authorIDs.contains($0.authorID) }
        let threads = Set(native.map(\.path)).union(memberPages.map(\.path))
        let mentionsByPost = CommentThreads.mentions(
            content.comments.filter { $0.kind == .mention }, toPosts: threads, knownPosts: Set(knownPosts.map(\.path)),
            diagnostics: &diagnostics)
        var commentsByPost = CommentThreads.attach(
            content.comments.filter(\.kind.isInThread), toPosts: threads, knownPosts: Set(knownPosts.map(\.path)),
            closedPosts: Set(knownPosts.filter { !$0.commentsOpen }.map(\.path)), members: authorIDs,
            diagnostics: &diagnostics)
        // A reply's avatar is shown only when its copy can be published (an image planet fetch stored).
        for (post, comments) in commentsByPost {
            commentsByPost[post] = comments.map { comment in
                var comment = comment
                if let file = comment.avatarFile, content.memberFiles[Self.avatarSource(of: comment, file: file)] == nil { comment.avatarFile = nil }
                return comment
            }
        }
        let publishedComments = commentsByPost.keys.sorted(by: codePointOrder).flatMap { commentsByPost[$0]! }
        let hashtags = TagGrouping.group(
            posts.map(\.hashtags), otherNames: publishedComments.flatMap(\.hashtags), section: "hashtags")
        let hashtagLinks = HashtagResolver(hashtags: hashtags, config: content.config)
        posts = posts.parallelMap(hashtagLinks.linked)
        let linkedThreads = Array(commentsByPost)
        commentsByPost = Dictionary(uniqueKeysWithValues: zip(
            linkedThreads.map(\.key), linkedThreads.map(\.value).parallelMap { $0.map(hashtagLinks.linked) }))
        let commentsByHashtag = hashtagLinks.commentsByHashtag(publishedComments)

        var assets: [String: OutputFile.Content] = [:]
        for file in content.staticFiles { assets[file] = .copy(sourcePath: "static/" + file) }
        func publish(_ sourcePath: String, at path: String) {
            if let published = content.memberFiles[sourcePath] { assets[path] = published.output(sourcePath: sourcePath) }
        }
        for author in authors {
            if let avatar = author.avatarFile { publish("authors/\(author.id)/\(avatar)", at: "\(author.id)/\(avatar)") }
        }
        for post in posts where post.origin != nil {
            for file in post.bundleFiles {
                publish("\(SiteBuilder.feedImages)/\(post.authorID)/images/\(file)", at: "\(post.authorID)/\(post.slug)/\(file)")
            }
        }
        for comment in commentsByPost.values.joined() {
            if let file = comment.avatarFile {
                publish(Self.avatarSource(of: comment, file: file), at: "\(comment.postAuthorID)/\(comment.postSlug)/\(file)")
            }
        }
        for post in posts + memberPages {
            guard let folder = post.bundleFolder else { continue }
            for file in post.bundleFiles {
                if file == "index.html" || file == "comments.xml" {
                    diagnostics.append(.warning(
                        "`\(file)` is left out: \(folder.hasPrefix("authors/\(post.authorID)/pages/") ? "member's page" : "post's own page") uses that name",
                        at: SourceLocation(path: "\(folder)/\(file)")))
                    continue
                }
                publish("\(folder)/\(file)", at: "\(post.authorID)/\(post.slug)/\(file)")
            }
        }

        let redirects = AliasRedirects.plan(
            posts: posts + memberPages, pages: pages, authors: authors, assets: assets, reservedNames: reserved,
            basePath: content.config.basePath, tagAliases: content.tagAliases, tags: tags, diagnostics: &diagnostics)

        let site = Site(
            config: content.config, authors: authors, posts: posts, pages: pages, tags: tags, hashtags: hashtags,
            commentsByHashtag: commentsByHashtag, postsByAuthor: postsByAuthor, commentsByPost: commentsByPost,
            mentionsByPost: mentionsByPost, responsesByPost: CommunityResponses.find(
                posts: posts, linkedURLs: linkedURLs, redirects: redirects, config: content.config),
            assets: assets, redirects: redirects)
        var withLetters = site
        withLetters.letters = WeeklyLetters.make(content.letters, site: site, diagnostics: &diagnostics)
        withLetters.memberPages = memberPages
        return (withLetters, diagnostics, Dictionary(zip(posts.map(\.htmlFingerprint), linkedURLs), uniquingKeysWith: { first, _ in first }))
    }

    /// Posts of known members, without duplicate slugs, drafts and future posts, newest first. A post left out
    /// for its future date is a warning at that date, which says the day it comes out (in the site's `timeZone`).
    static func publishedPosts(
        _ posts: [Post], authors: Set<String>, options: SiteBuilderOptions, timeZone: TimeZone = .gmt, diagnostics: inout [Diagnostic]
    ) -> [Post] {
        var seen: [String: String] = [:]
        var published: [Post] = []
        for post in posts.sorted(by: { codePointOrder($0.sourcePath, $1.sourcePath) }) where authors.contains(post.authorID) {
            if ReservedNames.postSlugs.contains(post.slug) {
                diagnostics.append(.error(
                    "slug `\(post.slug)` is reserved for the member's own pages; set another with `slug: ...`",
                    at: SourceLocation(path: post.sourcePath)))
                continue
            }
            if let other = seen[post.path] {
                diagnostics.append(.error(
                    "duplicate slug `\(post.slug)`: \(other) already has it; set another with `slug: ...`",
                    at: SourceLocation(path: post.sourcePath)))
                continue
            }
            seen[post.path] = post.sourcePath
            if options.includeDrafts || (!post.isDraft && post.date <= options.now) {
                published.append(post)
            } else if !post.isDraft {
                let day = RFC3339.day(post.date.addingTimeInterval(Double(timeZone.secondsFromGMT(for: post.date))))
                let mark = post.dateMark ?? SourceMark(location: SourceLocation(path: post.sourcePath))
                diagnostics.append(.warning(
                    "post dated \(day) is left out until then; `planet build --drafts` shows it now", at: mark.location,
                    excerpt: mark.excerpt, code: .futurePost))
            }
        }
        return newestFirst(published)
    }

    /// Newest first; ties by author id, then slug.
    static func newestFirst(_ posts: [Post]) -> [Post] {
        posts.sorted {
            if $0.date != $1.date { return $0.date > $1.date }
            if $0.authorID != $1.authorID { return codePointOrder($0.authorID, $1.authorID) }
            return codePointOrder($0.slug, $1.slug)
        }
    }

    /// Where `planet fetch` keeps members' outside feeds and their images, relative to the site.
    static let feedImages = ".planet/feeds"

    /// Where `planet fetch` stored a reply's avatar: `.planet/feeds/<post-author>/avatars/<file>`.
    static func avatarSource(of comment: Comment, file: String) -> String {
        "\(feedImages)/\(comment.postAuthorID)/avatars/\(file)"
    }
}
