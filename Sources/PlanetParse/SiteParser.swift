import Foundation
import PlanetCore
import PlanetLoad
import PlanetTemplate
import PlanetXML

/// The parse stage: every file of a `SiteInput` read into model values, on every core.
/// A file with errors is left out; its diagnostics say why.
public enum SiteParser {
    /// `baseURL`, when given, replaces the configured `base_url` (see `ConfigParser.parse`).
    public static func parse(_ input: SiteInput, baseURL: String? = nil) -> (SiteContent?, [Diagnostic]) {
        let result = parse(input, baseURL: baseURL, cache: BuildCache(), toolIdentity: 0)
        return (result.content, result.diagnostics)
    }

    /// Parses only the posts and comments that `cache` lacks; returns the cache of this build's files.
    /// `toolIdentity` tells versions of planet apart, so that none reuses another's results.
    public static func parse(
        _ input: SiteInput, baseURL: String?, cache: BuildCache, toolIdentity: UInt64
    ) -> (content: SiteContent?, diagnostics: [Diagnostic], cache: BuildCache) {
        let (parsedConfig, configDiagnostics) = ConfigParser.parse(input.config, baseURL: baseURL)
        guard let config = parsedConfig else { return (nil, configDiagnostics, cache) }
        var diagnostics = configDiagnostics
        var base = Fingerprint()
        base.combine(toolIdentity)
        base.combine(EncodedValue(encoding: config).fingerprint)
        let baseKey = base.value

        var authors: [Author] = []
        var postJobs: [(PostSource, String)] = []
        var memberPageJobs: [(PostSource, String)] = []
        for folder in input.authors {
            let (author, authorDiagnostics) = AuthorParser.parse(folder)
            diagnostics += authorDiagnostics
            if let author { authors.append(author) }
            postJobs += folder.posts.map { ($0, folder.id) }
            memberPageJobs += folder.pages.map { ($0, folder.id) }
        }
        let (memberFiles, memberFileResults) = judgeMemberFiles(input, authors: authors, cache: cache, toolIdentity: toolIdentity)
        let postResults = postJobs.parallelMap { source, authorID -> (UInt64, Post?, [Diagnostic]) in
            let images = bundleImages(source, in: memberFiles)
            let key = cacheKey(base: baseKey, source: source, authorID: authorID, images: images)
            if case .post(let post, let diagnostics)? = cache.entries[key] { return (key, post, diagnostics) }
            let (post, diagnostics) = PostParser.parse(source, authorID: authorID, config: config, images: images)
            return (key, post, diagnostics)
        }
        let commentResults = input.comments.parallelMap { file -> (UInt64, Comment?, [Diagnostic]) in
            let key = cacheKey(base: baseKey, file: file)
            if case .comment(let comment, let diagnostics)? = cache.entries[key] { return (key, comment, diagnostics) }
            let (comment, diagnostics) = CommentParser.parse(file, config: config)
            return (key, comment, diagnostics)
        }
        let memberPageResults = memberPageJobs.parallelMap { source, authorID -> (UInt64, Post?, [Diagnostic]) in
            let images = bundleImages(source, in: memberFiles)
            let key = cacheKey(base: baseKey, source: source, authorID: authorID, images: images, kind: 3)
            if case .post(let page, let diagnostics)? = cache.entries[key] { return (key, page, diagnostics) }
            let (page, diagnostics) = MemberPageParser.parse(source, authorID: authorID, config: config, images: images)
            return (key, page, diagnostics)
        }
        var newCache = BuildCache()
        newCache.entries.reserveCapacity(postResults.count + commentResults.count)
        for (key, post, diagnostics) in postResults + memberPageResults { newCache.entries[key] = .post(post, diagnostics) }
        for (key, comment, diagnostics) in commentResults { newCache.entries[key] = .comment(comment, diagnostics) }
        for (key, file, diagnostics) in memberFileResults { newCache.entries[key] = .memberFile(file, diagnostics) }
        let pageResults = input.pages.map { PageParser.parse($0, config: config) }
        diagnostics += postResults.flatMap(\.2) + memberPageResults.flatMap(\.2) + commentResults.flatMap(\.2) + pageResults.flatMap(\.1)
        diagnostics += memberFileResults.flatMap(\.2)
        let outside = outsidePosts(input, authors: authors, images: memberFiles, config: config)
        diagnostics += outside.1
        let (tagAliases, tagDiagnostics) = TagSettingsParser.parse(input.tagSettings)
        diagnostics += tagDiagnostics
        let (letters, letterDiagnostics) = LetterParser.parse(input.letters)
        diagnostics += letterDiagnostics
        var content = SiteContent(
            config: config, authors: authors, posts: addingFoundDiscussions(postResults.compactMap(\.1), input: input),
            comments: commentResults.compactMap(\.1), pages: pageResults.compactMap(\.0),
            staticFiles: input.staticFiles)
        content.memberFiles = memberFiles
        content.memberPages = memberPageResults.compactMap(\.1)
        content.outsidePosts = outside.0
        content.tagAliases = tagAliases
        content.letters = letters
        return (content, diagnostics, newCache)
    }

    /// Everything a post's parse reads: the file (its path and digest), its bundle and the size of its images, its member and its last commit.
    /// `kind` tells a post's parse (0) from a member page's (3).
    private static func cacheKey(base: UInt64, source: PostSource, authorID: String, images: [String: PublishedFile], kind: Int = 0) -> UInt64 {
        var key = Fingerprint()
        key.combine(base)
        key.combine(kind)
        key.combine(authorID)
        key.combine(source.file.path)
        key.combine(source.file.digest)
        key.combine(source.bundleFiles.count)
        for file in source.bundleFiles {
            key.combine(file)
            key.combine(images[file]?.width ?? -1)
            key.combine(images[file]?.height ?? -1)
        }
        key.combine(source.lastCommitted.map { $0.timeIntervalSince1970.bitPattern } ?? 0)
        return key.value
    }

    private static func cacheKey(base: UInt64, file: SourceFile) -> UInt64 {
        var key = Fingerprint()
        key.combine(base)
        key.combine(1)
        key.combine(file.path)
        key.combine(file.digest)
        return key.value
    }

    /// The entries of every member's outside feeds, from the feed cache; a listed feed without a cache is a warning.
    static func outsidePosts(
        _ input: SiteInput, authors: [Author], images published: [String: PublishedFile], config: SiteConfig
    ) -> ([Post], [Diagnostic]) {
        let caches = Dictionary(input.feedCaches.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let images = published.filter { $0.key.hasPrefix(SiteLayout.feedCacheFolder + "/") }
        var jobs: [(SourceFile, String, FeedSubscription)] = []
        var diagnostics: [Diagnostic] = []
        for author in authors {
            for subscription in author.feeds {
                let path = "\(SiteLayout.feedCacheFolder)/\(author.id)/\(subscription.cacheName)"
                if let file = caches[path] {
                    jobs.append((file, author.id, subscription))
                } else {
                    diagnostics.append(.warning(
                        "feed \(subscription.url) is not fetched yet: run `planet fetch` (its entries are left out)",
                        at: SourceLocation(path: author.sourcePath)))
                }
            }
        }
        let results = jobs.parallelMap { OutsideEntryParser.parse($0.0, authorID: $0.1, subscription: $0.2, images: images, config: config) }
        return (results.flatMap(\.0), diagnostics + results.flatMap(\.1))
    }
}
