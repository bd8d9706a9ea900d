import Foundation
import PlanetCore

/// What `planet comment review` reads and changes: the comment files of a site's repository and, optionally, of a
/// spool folder laid out the same way (`comments/<author>/<slug>/<id>.md`). Changes go through `CommentFileEdit`
/// and are written with `DurableFile`.
public struct CommentReview: Sendable {
    public var siteRoot: String
    public var spoolRoot: String?

    public init(siteRoot: String, spoolRoot: String? = nil) {
        self.siteRoot = siteRoot
        self.spoolRoot = spoolRoot
    }

    /// Every comment file, the repository's first, each place's in order of post and id; and the files whose
    /// front matter cannot be read.
    public func comments() -> (comments: [ReviewedComment], unreadable: [CommentReviewError]) {
        var comments: [ReviewedComment] = []
        var unreadable: [CommentReviewError] = []
        var places: [(ReviewedComment.Place, String)] = [(.repository, siteRoot)]
        if let spoolRoot { places.append((.spool, spoolRoot)) }
        for (place, root) in places {
            for (author, slug, id) in Self.files(under: root + "/comments") {
                let relative = "comments/\(author)/\(slug)/\(id).md"
                if place == .spool, Self.isCopyOfSiteReply(relative, spoolRoot: root, siteRoot: siteRoot) { continue }
                guard let data = FileManager.default.contents(atPath: root + "/" + relative),
                      let text = String(data: data, encoding: .utf8), let fields = CommentFileEdit.fields(of: text),
                      let body = CommentFileEdit.body(of: text) else {
                    unreadable.append(.unreadable(path: root + "/" + relative, reason: "not a comment file (UTF-8 text, YAML front matter)"))
                    continue
                }
                comments.append(ReviewedComment(
                    place: place, root: root, postAuthor: author, postSlug: slug, id: id,
                    fields: fields.map { ReviewedComment.Field(key: $0.key, value: $0.value) }, body: body))
            }
        }
        return (comments, unreadable)
    }

    /// A reply that the intake copied from the site into its spool, while the site still holds it: it is listed
    /// once, as the repository's file (a decision there reaches the spool's copy at the intake's next refresh).
    static func isCopyOfSiteReply(_ relative: String, spoolRoot: String, siteRoot: String) -> Bool {
        FileManager.default.fileExists(atPath: SpoolLayout.recordPath(root: spoolRoot, relativePath: relative, record: SpoolLayout.siteTextRecord))
            && FileManager.default.fileExists(atPath: siteRoot + "/" + relative)
    }

    /// The comments with `status: pending`.
    public func pending() -> [ReviewedComment] {
        comments().comments.filter { $0.status == "pending" }
    }

    /// The comment an ID names: a file's path, `<author>/<slug>/<id>`, an id, or the start of one (which must
    /// name a single comment).
    public func resolve(_ typed: String) throws(CommentReviewError) -> ReviewedComment {
        let all = comments().comments
        let key = typed.hasSuffix(".md") ? String(typed.dropLast(3)) : typed
        if typed.hasSuffix(".md"), let real = Self.realPath(typed),
           let match = all.first(where: { Self.realPath($0.path) == real }) {
            return match
        }
        let exact = all.filter { $0.qualifiedID == key || $0.id == key }
        let matches = exact.isEmpty ? all.filter { $0.id.hasPrefix(key) || $0.qualifiedID.hasPrefix(key) } : exact
        guard matches.count != 1 else { return matches[0] }
        if matches.isEmpty {
            let pending = all.filter { $0.status == "pending" }
            throw .unknown(id: typed, suggestion: DidYouMean.closest(to: key, among: pending.map(\.id)),
                           candidates: pending.map(Self.label))
        }
        throw .ambiguous(id: typed, candidates: matches.map(Self.label))
    }

    /// Publishes the comment: removes its `status`. A spooled one moves to the spool's `approved/`, which the
    /// intake delivers as its `--deliver` says (the site folder, or the repository). Returns its new path.
    public func approve(_ comment: ReviewedComment) throws -> String {
        let text = try CommentFileEdit.settingStatus(.published, in: try Self.read(comment.path))
        guard comment.place == .spool, let spoolRoot else {
            try DurableFile.write(Data(text.utf8), to: comment.path)
            return comment.path
        }
        let record = SpoolLayout.recordPath(root: spoolRoot, relativePath: comment.relativePath, record: "approved-by")
        try FileManager.default.createDirectory(atPath: (record as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try DurableFile.write(Data("a moderator at the terminal\n".utf8), to: record)
        return try move(comment, text: text, into: SpoolLayout.approved, of: spoolRoot)
    }

    /// Sets `status: spam`: where the file is, or, for a spooled one, in the spool's `spam/` (purged after 30 days).
    public func markSpam(_ comment: ReviewedComment) throws {
        let text = try CommentFileEdit.settingStatus(.spam, in: try Self.read(comment.path))
        guard comment.place == .spool, let spoolRoot else {
            try DurableFile.write(Data(text.utf8), to: comment.path)
            return
        }
        _ = try move(comment, text: text, into: SpoolLayout.spam, of: spoolRoot)
    }

    /// Writes `text` at the comment's path under `root/place`, then removes the spooled file.
    private func move(_ comment: ReviewedComment, text: String, into place: String, of root: String) throws -> String {
        let destination = "\(root)/\(place)/\(comment.relativePath)"
        guard !FileManager.default.fileExists(atPath: destination) else { throw CommentReviewError.exists(path: destination) }
        try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try DurableFile.write(Data(text.utf8), to: destination)
        try delete(comment)
        return destination
    }

    public func delete(_ comment: ReviewedComment) throws {
        try FileManager.default.removeItem(atPath: comment.path)
        DurableFile.syncFolder((comment.path as NSString).deletingLastPathComponent)
    }

    /// `<author>/<slug>/<id> (spool, pending)`.
    static func label(_ comment: ReviewedComment) -> String {
        "\(comment.qualifiedID) (\(comment.place.rawValue), \(comment.status))"
    }

    private static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CommentReviewError.unreadable(path: path, reason: "cannot be read as UTF-8 text")
        }
        return text
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `(author, slug, id)` of the `.md` files three levels under `folder`, sorted in code point order.
    private static func files(under folder: String) -> [(String, String, String)] {
        let manager = FileManager.default
        func names(_ path: String) -> [String] {
            ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted(by: codePointOrder)
        }
        var found: [(String, String, String)] = []
        for author in names(folder) {
            for slug in names(folder + "/" + author) {
                for file in names(folder + "/" + author + "/" + slug) where file.hasSuffix(".md") {
                    found.append((author, slug, String(file.dropLast(3))))
                }
            }
        }
        return found
    }
}
