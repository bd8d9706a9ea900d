import Foundation

extension BuildCache {
    private static let magic = "planet-build-cache 6"

    /// The cache as bytes, entries in key order.
    public var encoded: Data {
        var writer = ByteWriter()
        writer.write(Self.magic)
        writer.write(entries.count)
        for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
            writer.write(key)
            switch entry {
            case .post(let post, let diagnostics):
                writer.write(0)
                writer.write(post != nil)
                if let post { Self.write(post, to: &writer) }
                Self.write(diagnostics, to: &writer)
            case .comment(let comment, let diagnostics):
                writer.write(1)
                writer.write(comment != nil)
                if let comment { Self.write(comment, to: &writer) }
                Self.write(diagnostics, to: &writer)
            case .fragment(let html):
                writer.write(2)
                writer.write(true)
                writer.write(html)
            case .memberFile(let file, let diagnostics):
                writer.write(3)
                writer.write(file != nil)
                if let file { Self.write(file, to: &writer) }
                Self.write(diagnostics, to: &writer)
            case .links(let urls):
                writer.write(4)
                writer.write(true)
                writer.write(urls)
            }
        }
        return writer.data
    }

    /// Nil for a damaged or foreign file, which the build treats as no cache.
    public init?(decoding data: Data) {
        var reader = ByteReader(data)
        guard reader.string() == Self.magic, let count = reader.int(), count >= 0 else { return nil }
        var entries: [UInt64: Entry] = [:]
        entries.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            guard let key = reader.uint64(), let kind = reader.int(), let present = reader.bool() else { return nil }
            switch kind {
            case 0:
                let post = present ? Self.readPost(&reader) : nil
                guard present == (post != nil), let diagnostics = Self.readDiagnostics(&reader) else { return nil }
                entries[key] = .post(post, diagnostics)
            case 1:
                let comment = present ? Self.readComment(&reader) : nil
                guard present == (comment != nil), let diagnostics = Self.readDiagnostics(&reader) else { return nil }
                entries[key] = .comment(comment, diagnostics)
            case 2:
                guard present, let html = reader.string() else { return nil }
                entries[key] = .fragment(html)
            case 3:
                let file = present ? Self.readPublishedFile(&reader) : nil
                guard present == (file != nil), let diagnostics = Self.readDiagnostics(&reader) else { return nil }
                entries[key] = .memberFile(file, diagnostics)
            case 4:
                guard present, let urls = reader.strings() else { return nil }
                entries[key] = .links(urls)
            default:
                return nil
            }
        }
        guard reader.isAtEnd else { return nil }
        self.init(entries: entries)
    }

    private static func write(_ post: Post, to writer: inout ByteWriter) {
        for text in [post.authorID, post.slug, post.title, post.summary, post.contentHTML, post.sourcePath] { writer.write(text) }
        writer.write(post.date)
        writer.write(post.updated)
        writer.write(post.tags)
        writer.write(post.hashtags)
        writer.write(post.bundleFiles)
        writer.write(post.isDraft)
        writer.write(post.commentsOpen)
        writer.write(post.aliases.count)
        for alias in post.aliases {
            writer.write(alias.path)
            writer.write(alias.line)
            writer.write(alias.column)
        }
        writer.write(post.dateMark != nil)
        if let mark = post.dateMark {
            writer.write(mark.location.line)
            writer.write(mark.location.column)
            writer.write(mark.excerpt)
        }
        writer.write(post.discussions.map(\.url))
        writer.write(post.language)
        writer.write(post.htmlFingerprint)
    }

    private static func readPost(_ reader: inout ByteReader) -> Post? {
        guard let authorID = reader.string(), let slug = reader.string(), let title = reader.string(),
              let summary = reader.string(), let contentHTML = reader.string(), let sourcePath = reader.string(),
              let date = reader.date(), let updated = reader.optionalDate(), let tags = reader.strings(),
              let hashtags = reader.strings(), let bundleFiles = reader.strings(), let isDraft = reader.bool(),
              let commentsOpen = reader.bool(), let aliasCount = reader.int(), (0...1_000_000).contains(aliasCount) else { return nil }
        var aliases: [Alias] = []
        for _ in 0..<aliasCount {
            guard let path = reader.string(), let line = reader.int(), let column = reader.int() else { return nil }
            aliases.append(Alias(path: path, line: line, column: column))
        }
        guard let marked = reader.bool() else { return nil }
        var dateMark: SourceMark?
        if marked {
            guard let line = reader.int(), let column = reader.int(), let excerpt = reader.optionalString() else { return nil }
            dateMark = SourceMark(location: SourceLocation(path: sourcePath, line: line, column: column), excerpt: excerpt)
        }
        guard let discussionURLs = reader.strings(), let language = reader.optionalString(), let htmlFingerprint = reader.uint64() else { return nil }
        return Post(
            authorID: authorID, slug: slug, title: title, date: date, updated: updated, tags: tags, summary: summary,
            contentHTML: contentHTML, hashtags: hashtags, isDraft: isDraft, commentsOpen: commentsOpen, sourcePath: sourcePath,
            bundleFiles: bundleFiles, aliases: aliases, dateMark: dateMark, discussions: discussionURLs.compactMap(Discussion.parse),
            language: language, htmlFingerprint: htmlFingerprint)
    }

    private static func write(_ comment: Comment, to writer: inout ByteWriter) {
        for text in [comment.id, comment.postAuthorID, comment.postSlug, comment.authorName, comment.website,
                     comment.status.rawValue, comment.kind.rawValue, comment.source, comment.title, comment.contentHTML, comment.sourcePath,
                     comment.handle, comment.warning] {
            writer.write(text)
        }
        writer.write(comment.date)
        writer.write(comment.memberID)
        writer.write(comment.replyTo)
        writer.write(comment.hashtags)
        writer.write(comment.network?.rawValue)
        writer.write(comment.avatarFile)
        writer.write(comment.replyToMark != nil)
        if let mark = comment.replyToMark {
            writer.write(mark.location.line)
            writer.write(mark.location.column)
            writer.write(mark.excerpt)
        }
        writer.write(comment.htmlFingerprint)
    }

    private static func readComment(_ reader: inout ByteReader) -> Comment? {
        guard let id = reader.string(), let postAuthorID = reader.string(), let postSlug = reader.string(),
              let authorName = reader.string(), let website = reader.string(),
              let status = reader.string().flatMap(CommentStatus.init(rawValue:)),
              let kind = reader.string().flatMap(CommentKind.init(rawValue:)), let source = reader.string(), let title = reader.string(),
              let contentHTML = reader.string(),
              let sourcePath = reader.string(), let handle = reader.string(), let warning = reader.string(), let date = reader.date(),
              let memberID = reader.optionalString(), let replyTo = reader.optionalString(), let hashtags = reader.strings(),
              let network = reader.optionalString(), let avatarFile = reader.optionalString(), let marked = reader.bool() else { return nil }
        var replyToMark: SourceMark?
        if marked {
            guard let line = reader.int(), let column = reader.int(), let excerpt = reader.optionalString() else { return nil }
            replyToMark = SourceMark(location: SourceLocation(path: sourcePath, line: line, column: column), excerpt: excerpt)
        }
        guard let htmlFingerprint = reader.uint64() else { return nil }
        return Comment(
            id: id, postAuthorID: postAuthorID, postSlug: postSlug, authorName: authorName, date: date, website: website,
            memberID: memberID, replyTo: replyTo, replyToMark: replyToMark, status: status, kind: kind, source: source,
            network: network.flatMap(SocialNetwork.init(rawValue:)), handle: handle, warning: warning, avatarFile: avatarFile,
            title: title, contentHTML: contentHTML, hashtags: hashtags, sourcePath: sourcePath, htmlFingerprint: htmlFingerprint)
    }

    private static func write(_ file: PublishedFile, to writer: inout ByteWriter) {
        switch file.content {
        case .asIs: writer.write(false)
        case .rewritten(let data):
            writer.write(true)
            writer.write(data)
        }
        writer.write(file.width)
        writer.write(file.height)
    }

    private static func readPublishedFile(_ reader: inout ByteReader) -> PublishedFile? {
        guard let rewritten = reader.bool() else { return nil }
        let data = rewritten ? reader.bytes() : nil
        guard rewritten == (data != nil), let width = reader.int(), let height = reader.int() else { return nil }
        return PublishedFile(content: data.map { .rewritten($0) } ?? .asIs, width: width, height: height)
    }

    public static func write(_ diagnostics: [Diagnostic], to writer: inout ByteWriter) {
        writer.write(diagnostics.count)
        for diagnostic in diagnostics {
            writer.write(diagnostic.severity == .error)
            writer.write(diagnostic.location.path)
            writer.write(diagnostic.location.line)
            writer.write(diagnostic.location.column)
            writer.write(diagnostic.message)
            writer.write(diagnostic.excerpt)
            writer.write(diagnostic.code)
        }
    }

    public static func readDiagnostics(_ reader: inout ByteReader) -> [Diagnostic]? {
        guard let count = reader.int(), count >= 0 else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<count {
            guard let isError = reader.bool(), let path = reader.string(), let line = reader.int(), let column = reader.int(),
                  let message = reader.string(), let excerpt = reader.optionalString(), let code = reader.optionalString() else {
                return nil
            }
            diagnostics.append(Diagnostic(
                isError ? .error : .warning, message, at: SourceLocation(path: path, line: line, column: column),
                excerpt: excerpt, code: code))
        }
        return diagnostics
    }
}
