import Foundation
import PlanetCore
import PlanetFiles

/// Where verified mentions are written: `<folder>/comments/<author>/<slug>/<stem>.md`, pending comment files of
/// kind mention, written durably. The stem is `CommentFile.stem` of the source's host and the request's id, so
/// that a mention already spooled is not spooled again: neither while it is in the spool nor, once delivered,
/// while it is in one of `knownFolders`.
public struct MentionSpool: Sendable {
    public var folder: String
    /// Other folders that hold `comments/` the same way: the site's clone, delivered files.
    public var knownFolders: [String]

    public init(folder: String, knownFolders: [String] = []) {
        self.folder = folder
        self.knownFolders = knownFolders
    }

    /// The comment file's text.
    public static func text(for request: MentionRequest, excerpt: MentionExcerpt, date: Date) throws -> String {
        try CommentFile.text(name: excerpt.author, date: date, status: .pending, kind: .mention, source: request.source,
                             title: excerpt.title, body: MarkdownEscape.escaped(excerpt.text))
    }

    /// The file already written for `request`, relative to the folder that holds it (the spool's first), if any.
    public func existing(_ request: MentionRequest) -> String? {
        let suffix = "-\(request.id).md"
        for root in [folder] + knownFolders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + request.post.commentFolder)) ?? []
            if let name = names.sorted().first(where: { $0.hasSuffix(suffix) }) { return request.post.commentFolder + "/" + name }
        }
        return nil
    }

    /// Writes the mention, unless it is spooled already; returns the file's path relative to the folder, and
    /// whether it was written now.
    public func write(_ request: MentionRequest, excerpt: MentionExcerpt, date: Date) throws -> (path: String, written: Bool) {
        if let existing = existing(request) { return (existing, false) }
        let host = URLComponents(string: request.source)?.host ?? ""
        let stem = CommentFile.stem(name: host + " " + request.id, date: date)
        let relative = request.post.commentFolder + "/" + stem + ".md"
        try FileManager.default.createDirectory(atPath: folder + "/" + request.post.commentFolder, withIntermediateDirectories: true)
        try DurableFile.write(Data(Self.text(for: request, excerpt: excerpt, date: date).utf8), to: folder + "/" + relative)
        return (relative, true)
    }
}
