import Foundation
import PlanetBuild
import PlanetCore
import PlanetLoad
import Testing

/// The build cache's hand-written binary codec (`BuildCache+Encoding`, `ByteWriter`, `ByteReader`):
/// what it encodes decodes to an equal cache, which encodes again to the same bytes.
@Suite struct BuildCacheCodecTests {
    /// Asserts that `cache` survives a round trip.
    static func expectRoundTrip(_ cache: BuildCache, _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let data = cache.encoded
        guard let decoded = BuildCache(decoding: data) else {
            Issue.record("\(label): the cache does not decode", sourceLocation: sourceLocation)
            return
        }
        let changed = cache.entries.keys.sorted().filter { decoded.entries[$0] != cache.entries[$0] }
        if let first = changed.first {
            let kind = switch cache.entries[first]! {
            case .post: "a post"
            case .comment: "a comment"
            case .fragment: "a fragment"
            case .memberFile: "a member's file"
            case .links: "a post's links"
            }
            Issue.record("\(label): \(changed.count) of \(cache.entries.count) entries change in a round trip, the first \(kind)",
                         sourceLocation: sourceLocation)
        }
        #expect(decoded.entries.count == cache.entries.count, "\(label)", sourceLocation: sourceLocation)
        #expect(decoded.encoded == data, "\(label): encoded again, the bytes differ", sourceLocation: sourceLocation)
    }

    /// What the build caches for a site: its posts and comments, parsed, and its rendered fragments.
    static func cache(of input: SiteInput, _ loadDiagnostics: [Diagnostic]) -> BuildCache {
        BuildPipeline.plan(input, loadDiagnostics: loadDiagnostics, options: .init(now: Fixtures.now)).buildCache
    }

    @Test func everyFixtureSiteAndTheSampleSite() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.fixtures.path).filter { $0.hasSuffix(".site") }.sorted()
        #expect(names.count >= 3)
        var caches: [(String, BuildCache)] = []
        for name in names {
            let (input, diagnostics) = Fixtures.input(TextBundle.parse(try Fixtures.text(of: name)))
            caches.append((name, Self.cache(of: input, diagnostics)))
        }
        let (sample, diagnostics) = try SiteLoader.load(folder: Fixtures.sampleSite.path)
        caches.append(("sample-site", Self.cache(of: sample, diagnostics)))
        var posts = 0, comments = 0, fragments = 0, memberFiles = 0, links = 0
        for (name, cache) in caches {
            #expect(!cache.entries.isEmpty, "\(name)")
            Self.expectRoundTrip(cache, "\(name)")
            for entry in cache.entries.values {
                switch entry {
                case .post(let post, _): posts += post == nil ? 0 : 1
                case .comment(let comment, _): comments += comment == nil ? 0 : 1
                case .fragment: fragments += 1
                case .memberFile(let file, _): memberFiles += file == nil ? 0 : 1
                case .links: links += 1
                }
            }
        }
        #expect(posts > 10 && comments > 5 && fragments > 10 && memberFiles > 3 && links > 10,
                "posts \(posts), comments \(comments), fragments \(fragments), member files \(memberFiles), links \(links)")
    }

    /// Seeded random caches: text with any Unicode scalar (NUL and astral ones included), empty values,
    /// optional fields absent and present, now and then long text and long lists.
    @Test(arguments: 1...30)
    func randomCaches(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var cache = BuildCache()
        for _ in 0..<Int.random(in: 0...30, using: &generator) {
            cache.entries[generator.next()] = Self.randomEntry(&generator)
        }
        Self.expectRoundTrip(cache, "seed \(seed)")
    }

    /// Counts far beyond what the random caches reach: entries, list items and bytes of one text.
    @Test func largeCounts() {
        var generator = SeededGenerator(seed: 99)
        var cache = BuildCache()
        for index in 0..<20_000 { cache.entries[generator.next()] = .fragment(index.isMultiple(of: 7) ? "" : "<p>\(index)</p>") }
        var post = Self.randomPost(&generator)
        post.tags = (0..<100_000).map { "t\($0)" }
        post.contentHTML = String(repeating: "é\u{0}𝄞", count: 300_000)
        cache.entries[generator.next()] = .post(post, (0..<10_000).map { .warning("w\($0)", at: SourceLocation(path: "p", line: $0 + 1)) })
        Self.expectRoundTrip(cache, "large counts")
    }

    /// A cut anywhere makes a damaged file, which decodes as no cache.
    @Test func aTruncatedCacheDecodesAsNone() {
        let date = Date(timeIntervalSinceReferenceDate: 7e8)
        let diagnostics = [Diagnostic.warning("w\u{0}", at: SourceLocation(path: "p", line: 2, column: 3), excerpt: "𝄞", code: nil)]
        let cache = BuildCache(entries: [
            1: .post(Post(authorID: "a", slug: "s", title: "t\u{0}𝄞", date: date, updated: date, tags: ["x", ""], sourcePath: "p"), diagnostics),
            2: .comment(Comment(id: "c", postAuthorID: "a", postSlug: "s", authorName: "n", date: date, replyTo: "r", sourcePath: "q"), []),
            6: .comment(Comment(id: "r", postAuthorID: "a", postSlug: "s", authorName: "n", date: date, kind: .reply, source: "https://piaille.fr/@b/1",
                                network: .mastodon, handle: "@b@piaille.fr", warning: "CW", sourcePath: "r"), []),
            7: .post(Post(authorID: "a", slug: "d", title: "t", date: date, sourcePath: "d",
                          discussions: [Discussion.parse("https://bsky.app/profile/a.bsky.social/post/3l")!]), []),
            3: .post(nil, diagnostics),
            4: .fragment("<p>é</p>"),
            5: .links(["/a/s/", "", "https://ex.org/é#𝄞"]),
        ])
        let data = cache.encoded
        for length in 0..<data.count where BuildCache(decoding: data.prefix(length)) != nil {
            Issue.record("a cache cut to \(length) of \(data.count) bytes decodes")
        }
    }

    static func randomEntry(_ generator: inout SeededGenerator) -> BuildCache.Entry {
        switch Int.random(in: 0..<5, using: &generator) {
        case 4: .links(randomStrings(&generator))
        case 0: .post(Bool.random(using: &generator) ? randomPost(&generator) : nil, randomDiagnostics(&generator))
        case 1: .comment(Bool.random(using: &generator) ? randomComment(&generator) : nil, randomDiagnostics(&generator))
        case 2: .memberFile(Bool.random(using: &generator) ? randomMemberFile(&generator) : nil, randomDiagnostics(&generator))
        default: .fragment(randomString(&generator))
        }
    }

    /// A member's file as published: as it is, or rewritten with any bytes, with or without a size.
    static func randomMemberFile(_ generator: inout SeededGenerator) -> PublishedFile {
        let content: PublishedFile.Content = Bool.random(using: &generator)
            ? .asIs
            : .rewritten(Data((0..<randomCount(&generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        return PublishedFile(content: content, width: randomCount(&generator), height: randomCount(&generator))
    }

    /// A post as the parser makes it: the cache holds no post of an outside feed, so `origin` stays nil.
    static func randomPost(_ generator: inout SeededGenerator) -> Post {
        Post(
            authorID: randomString(&generator), slug: randomString(&generator), title: randomString(&generator),
            date: randomDate(&generator), updated: Bool.random(using: &generator) ? randomDate(&generator) : nil,
            tags: randomStrings(&generator), summary: randomString(&generator), contentHTML: randomString(&generator),
            hashtags: randomStrings(&generator), isDraft: Bool.random(using: &generator),
            commentsOpen: Bool.random(using: &generator), sourcePath: randomString(&generator),
            bundleFiles: randomStrings(&generator))
    }

    static func randomComment(_ generator: inout SeededGenerator) -> PlanetCore.Comment {
        Comment(
            id: randomString(&generator), postAuthorID: randomString(&generator), postSlug: randomString(&generator),
            authorName: randomString(&generator), date: randomDate(&generator), website: randomString(&generator),
            memberID: Bool.random(using: &generator) ? randomString(&generator) : nil,
            replyTo: Bool.random(using: &generator) ? randomString(&generator) : nil,
            status: CommentStatus.allCases.randomElement(using: &generator)!, kind: CommentKind.allCases.randomElement(using: &generator)!,
            source: randomString(&generator), network: SocialNetwork.allCases.randomElement(using: &generator),
            handle: randomString(&generator), warning: randomString(&generator), contentHTML: randomString(&generator),
            hashtags: randomStrings(&generator), sourcePath: randomString(&generator))
    }

    static func randomDiagnostics(_ generator: inout SeededGenerator) -> [Diagnostic] {
        (0..<randomCount(&generator)).map { _ in
            Diagnostic(
                Bool.random(using: &generator) ? .error : .warning, randomString(&generator),
                at: SourceLocation(
                    path: randomString(&generator), line: Int.random(in: 1...Int.max, using: &generator),
                    column: Int.random(in: 1...1_000, using: &generator)),
                excerpt: Bool.random(using: &generator) ? randomString(&generator) : nil,
                code: Bool.random(using: &generator) ? randomString(&generator) : nil)
        }
    }

    /// Mostly a few, sometimes none, now and then hundreds.
    static func randomCount(_ generator: inout SeededGenerator) -> Int {
        switch Int.random(in: 0..<20, using: &generator) {
        case 0..<4: 0
        case 4: Int.random(in: 100...400, using: &generator)
        default: Int.random(in: 1...5, using: &generator)
        }
    }

    static func randomStrings(_ generator: inout SeededGenerator) -> [String] {
        (0..<randomCount(&generator)).map { _ in randomString(&generator) }
    }

    /// Mostly short, sometimes empty, now and then long; of ASCII, NUL, two-, three- and four-byte scalars.
    static func randomString(_ generator: inout SeededGenerator) -> String {
        let length = switch Int.random(in: 0..<30, using: &generator) {
        case 0..<5: 0
        case 5: Int.random(in: 500...3_000, using: &generator)
        default: Int.random(in: 1...24, using: &generator)
        }
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length {
            let value: UInt32 = switch Int.random(in: 0..<6, using: &generator) {
            case 0: 0
            case 1: UInt32.random(in: 1..<0x80, using: &generator)
            case 2: UInt32.random(in: 0x80..<0x800, using: &generator)
            case 3: Bool.random(using: &generator)
                ? UInt32.random(in: 0x800..<0xD800, using: &generator) : UInt32.random(in: 0xE000...0xFFFF, using: &generator)
            default: UInt32.random(in: 0x10000...0x10FFFF, using: &generator)
            }
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Any finite instant, and the edges: the reference date, the distant past and future.
    static func randomDate(_ generator: inout SeededGenerator) -> Date {
        switch Int.random(in: 0..<8, using: &generator) {
        case 0: Date(timeIntervalSinceReferenceDate: 0)
        case 1: .distantPast
        case 2: .distantFuture
        default: Date(timeIntervalSinceReferenceDate: Double.random(in: -1e12...1e12, using: &generator))
        }
    }
}
