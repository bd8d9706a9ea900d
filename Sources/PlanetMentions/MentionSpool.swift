import Foundation
import PlanetCore
import PlanetFiles

/// Where verified mentions are written: `<folder>/comments/<author>/<slug>/<stem>.md`, pending comment files of
/// kind mention, written durably. The stem is `CommentFile.stem` of the source's host and the request's id, so
/// that a mention already spooled is not spooled again.
public struct MentionSpool: Sendable {
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// The comment file's text.
    public static func text(for request: MentionRequest, excerpt: MentionExcerpt, date: Date) throws -> String {
        try CommentFile.text(name: excerpt.author, date: date, status: .pending, kind: .mention, source: request.source,
                             title: excerpt.title, body: MarkdownEscape.escaped(excerpt.text))
    }

    /// The file already spooled for `request`, relative to the folder, if any.
    public func existing(_ request: MentionRequest) -> String? {
        let directory = folder + "/" + request.post.commentFolder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let suffix = "-\(request.id).md"
        return names.sorted().first { $0.hasSuffix(suffix) }.map { request.post.commentFolder + "/" + $0 }
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
